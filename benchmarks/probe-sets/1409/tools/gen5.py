"""p1409-5: Party newspaper (Báo Đắk Lắk): prosecution of a protection-forest clearing case in Ea H'leo."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Đắk Lắk > Pháp luật

Khởi tố vụ án phá hơn 4 ha rừng phòng hộ ở Ea H'leo

NGỌC THẢO 16:10, 12/11/2024

(BĐL) - Cơ quan Cảnh sát điều tra Công an huyện Ea H'leo vừa ra quyết định khởi tố vụ án hình sự "Hủy hoại rừng" xảy ra tại lâm phần do Ban Quản lý rừng phòng hộ Ea H'leo quản lý, đồng thời khởi tố bị can đối với 5 đối tượng.

Theo kết quả điều tra ban đầu, từ tháng 3 đến tháng 6/2024, Đinh Văn Kh. (SN 1986, trú xã Ea Sol) đã thuê 7 người dùng máy cưa cắt hạ cây rừng tại tiểu khu 98 để lấy đất trồng sầu riêng, với tiền công từ 350.000 đến 400.000 đồng/người/ngày. Tổng diện tích rừng bị phá là 4,37 ha, trữ lượng gỗ bị thiệt hại khoảng 186 m3; tổng giá trị thiệt hại về lâm sản và môi trường rừng hơn 2,1 tỷ đồng.

Tại hiện trường, lực lượng chức năng đếm được 312 gốc cây bị cắt hạ, trong đó 46 gốc thuộc gỗ nhóm II. Số gỗ tận thu được Kh. bán cho xưởng cưa của Lê Văn T. trên Quốc lộ 14 với giá khoảng 3 triệu đồng/m3.

Theo Hạt Kiểm lâm huyện Ea H'leo, từ đầu năm đến nay, trên địa bàn huyện xảy ra 19 vụ phá rừng với tổng diện tích 11,2 ha, gấp 2,5 lần cùng kỳ năm 2023; đã chuyển cơ quan công an 6 vụ có dấu hiệu tội phạm. Toàn huyện hiện có 3 ban quản lý rừng phòng hộ và đặc dụng, được giao quản lý gần 40.000 ha rừng.

Vụ án đang được Công an huyện mở rộng điều tra, xử lý theo Điều 243 Bộ luật Hình sự năm 2015.

Từ khóa: phá rừng, Ea H'leo, kiểm lâm
"""

CASE = per("từ tháng 3 đến tháng 6/2024", "2024-03-01", "2024-06-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-12")

FIGS = [
    fig("phá hơn 4 ha", "4", 4, "measure", "ha", approx="over", subject="rừng phòng hộ bị phá"),
    fig("đối với 5 đối tượng", "5", 5, "count", "đối tượng", subject="đối tượng bị khởi tố bị can"),
    fig("thuê 7 người", "7", 7, "count", "người", subject="người được thuê cắt hạ cây rừng", period=CASE),
    fig("từ 350.000 đến 400.000", "350.000", 350000, "money", "đồng/người/ngày", value_max=400000,
        subject="tiền công", period=CASE),
    fig("là 4,37 ha", "4,37", 4.37, "measure", "ha", subject="tổng diện tích rừng bị phá", period=inh(CASE)),
    fig("khoảng 186 m3", "186", 186, "measure", "m3", approx="about",
        subject="trữ lượng gỗ bị thiệt hại", period=inh(CASE)),
    fig("hơn 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", approx="over",
        subject="tổng giá trị thiệt hại về lâm sản và môi trường rừng", period=inh(CASE)),
    fig("được 312 gốc", "312", 312, "count", "gốc cây", subject="gốc cây bị cắt hạ"),
    fig("đó 46 gốc", "46", 46, "count", "gốc", total=312, subject="gốc cây thuộc gỗ nhóm II"),
    fig("khoảng 3 triệu", "3", 3e6, "money", "đồng/m3", approx="about", subject="giá bán gỗ tận thu"),
    fig("ra 19 vụ", "19", 19, "count", "vụ", subject="vụ phá rừng", period=YTD),
    fig("diện tích 11,2 ha", "11,2", 11.2, "measure", "ha",
        change=chg("increase", 2.5, "lần", "cùng kỳ năm 2023"),
        subject="tổng diện tích rừng bị phá", period=YTD),
    fig("công an 6 vụ", "6", 6, "count", "vụ", subject="vụ có dấu hiệu tội phạm chuyển cơ quan công an",
        period=YTD),
    fig("có 3 ban", "3", 3, "count", "ban quản lý rừng", subject="ban quản lý rừng phòng hộ và đặc dụng"),
    fig("gần 40.000 ha", "40.000", 40000, "measure", "ha", approx="nearly",
        subject="diện tích rừng các ban quản lý được giao quản lý"),
]

NOTES = [
    "Party newspaper (Báo Đắk Lắk): breadcrumb, byline with time and date 'NGỌC THẢO 16:10, 12/11/2024' (published), tag '(BĐL) -', keywords.",
    "Distractors: 16:10, 'SN 1986', 'tiểu khu 98', 'gỗ nhóm II', 'Quốc lộ 14', 'Điều 243 Bộ luật Hình sự năm 2015'.",
    "Location: huyện Ea H'leo (district) for all figures; xã Ea Sol is a commune.",
    "'từ tháng 3 đến tháng 6/2024' → 2024-03-01..2024-06-30 for its own sentence; the damage sentence after it inherits it.",
    "'từ đầu năm đến nay' → 2024-01-01..published. '11,2 ha, gấp 2,5 lần cùng kỳ năm 2023' → change increase 2.5 lần.",
    "'312 gốc cây ..., trong đó 46 gốc' → total 312. The standing price 'khoảng 3 triệu đồng/m3' and present counts ('hiện có') get no period.",
    "Headline 'phá hơn 4 ha rừng phòng hộ' is its own figure (over).",
]

if __name__ == "__main__":
    write("p1409-5", TEXT, NOTES, FIGS, published="2024-11-12", location="Ea H'leo")
