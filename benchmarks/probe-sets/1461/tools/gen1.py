"""p1461-1: province portal (Bắc Ninh): exports of ink cartridges and printer parts, 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu hộp mực in và linh kiện máy in 9 tháng ước đạt gần 1,3 tỷ USD

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu nhóm hàng hộp mực in, linh kiện máy in và máy photocopy của các doanh nghiệp trên địa bàn tỉnh Bắc Ninh ước đạt 1,27 tỷ USD, tăng 11,4% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, hộp mực in laser ước đạt 748 triệu USD, hộp mực in phun 312 triệu USD, linh kiện và vật tư khác 210 triệu USD.

Hiện toàn tỉnh có 14 doanh nghiệp FDI sản xuất hộp mực, mực in và linh kiện máy in, chủ yếu tại các khu công nghiệp Quế Võ, Yên Phong II và VSIP Bắc Ninh, sử dụng hơn 21.000 lao động, thu nhập bình quân 9,8 triệu đồng/người/tháng.

Tại huyện Yên Phong, Công ty TNHH Kỹ thuật In Daiwa Việt Nam trong 9 tháng sản xuất khoảng 46 triệu hộp mực các loại, chiếm gần 40% sản lượng toàn tỉnh. Công ty đang đầu tư thêm hai dây chuyền đúc vỏ hộp mực với tổng vốn 35 triệu USD, dự kiến tạo việc làm cho khoảng 800 lao động.

Theo Sở Tài nguyên và Môi trường, từ đầu năm đến nay, các doanh nghiệp trong ngành đã chuyển giao gần 1.850 tấn chất thải nguy hại cho các đơn vị có chức năng xử lý, tăng 8% so với cùng kỳ, trong đó có 620 tấn hộp mực, bột mực thải.

Quý IV, ngành công thương phấn đấu đưa kim ngạch xuất khẩu nhóm hàng này cả năm đạt khoảng 1,7 tỷ USD, xếp thứ 3 trong các nhóm hàng xuất khẩu chủ lực của tỉnh.

Tin liên quan:
- Bắc Ninh: Đối thoại với doanh nghiệp FDI quý III/2024
- Khánh thành nhà máy linh kiện điện tử số 2 tại KCN Quế Võ
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9s = P("9 tháng", "2024-01-01", "2024-09-30")
N9t = P("trong 9 tháng", "2024-01-01", "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
YP = "Yên Phong"
EXP = "kim ngạch xuất khẩu"

FIGS = [
    F("ước đạt gần 1,3 tỷ", "1,3", 1.3e9, "money", "USD", approx="nearly", status="estimate",
      subject="xuất khẩu hộp mực in và linh kiện máy in", period=N9s),
    F("ước đạt 1,27 tỷ", "1,27", 1.27e9, "money", "USD", status="estimate", percent=76.2,
      change=C("increase", 11.4, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch xuất khẩu nhóm hàng hộp mực in, linh kiện máy in và máy photocopy", period=N9),
    F("ước đạt 748 triệu", "748", 748e6, "money", "USD", status="estimate", total=1.27e9,
      subject=f"{EXP} hộp mực in laser", period=I(N9)),
    F("in phun 312 triệu", "312", 312e6, "money", "USD", status="estimate", total=1.27e9,
      subject=f"{EXP} hộp mực in phun", period=I(N9)),
    F("khác 210 triệu", "210", 210e6, "money", "USD", status="estimate", total=1.27e9,
      subject=f"{EXP} linh kiện và vật tư khác", period=I(N9)),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
      subject="doanh nghiệp FDI sản xuất hộp mực, mực in và linh kiện máy in"),
    F("hơn 21.000 lao động", "21.000", 21000, "count", "lao động", approx="over",
      subject="lao động doanh nghiệp FDI sử dụng"),
    F("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động"),
    F("khoảng 46 triệu", "46", 46e6, "count", "hộp mực", approx="about", percent=40,
      subject="hộp mực các loại Công ty TNHH Kỹ thuật In Daiwa Việt Nam sản xuất", period=N9t, location=YP),
    F("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
      subject="dây chuyền đúc vỏ hộp mực công ty đầu tư thêm", location=YP),
    F("vốn 35 triệu", "35", 35e6, "money", "USD",
      subject="tổng vốn đầu tư hai dây chuyền đúc vỏ hộp mực", location=YP),
    F("khoảng 800 lao động", "800", 800, "count", "lao động", approx="about", status="forecast",
      subject="lao động được tạo việc làm", location=YP),
    F("gần 1.850 tấn", "1.850", 1850, "measure", "tấn", approx="nearly",
      change=C("increase", 8, "%", "cùng kỳ"),
      subject="chất thải nguy hại các doanh nghiệp trong ngành chuyển giao xử lý", period=YTD),
    F("có 620 tấn", "620", 620, "measure", "tấn", total=1850,
      subject="hộp mực, bột mực thải chuyển giao xử lý", period=YTD),
    F("khoảng 1,7 tỷ", "1,7", 1.7e9, "money", "USD", approx="about", status="target",
      subject="kim ngạch xuất khẩu nhóm hàng hộp mực in, linh kiện máy in cả năm", period=YEAR),
    F("xếp thứ 3", "3", 3, "rank", "hạng", status="target",
      subject="kim ngạch xuất khẩu nhóm hàng trong các nhóm hàng xuất khẩu chủ lực của tỉnh", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): exports of ink cartridges and printer parts, 9 months 2024. Dateline 'Cập nhật: 14/10/2024 08:45'.",
    "Distractors: 08:45, 'Lượt xem: 1.386', 'Yên Phong II', 'quý III/2024' and 'số 2' in related links, 'năm 2023' as baseline.",
    "'Trong đó' parts after a sentence break: total 1,27 tỷ; the first part repeats 'ước đạt', the others continue it (estimate).",
    "Daiwa passage in huyện Yên Phong: location Yên Phong; 'dự kiến' governs only the 800-worker clause (forecast).",
    "Hazardous waste: the change follows the whole before 'trong đó'; 620 tấn is a part (total 1.850); 'từ đầu năm đến nay' ends at the dateline.",
    "Last paragraph: 'phấn đấu' governs both the amount and the rank (target); the figure's period is 'cả năm' (2024), not 'Quý IV'.",
]

if __name__ == "__main__":
    write("p1461-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")
