"""p1485-1: province portal (Bắc Ninh): refrigerator exports 8 months 2024, a factory in thị xã Quế Võ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu tủ lạnh 8 tháng đạt gần 520 triệu USD

Cập nhật: 12/09/2024 10:25 | Lượt xem: 1.386

Theo Sở Công Thương, 8 tháng đầu năm 2024, kim ngạch xuất khẩu tủ lạnh, tủ đông và linh kiện của các doanh nghiệp trên địa bàn tỉnh Bắc Ninh đạt 518,6 triệu USD, tăng 14,2% so với cùng kỳ năm 2023, bằng 68,5% kế hoạch năm. Riêng tháng 8 đạt 71,3 triệu USD, giảm 2,5% so với tháng trước.

Sản lượng tủ lạnh, tủ đông 8 tháng ước đạt 1,64 triệu chiếc, gồm 1,07 triệu tủ lạnh inverter, 368 nghìn tủ lạnh thường và 202 nghìn tủ đông. Nhật Bản vẫn là thị trường lớn nhất, chiếm khoảng 36% kim ngạch; tiếp đến là Hàn Quốc 21% và Australia 9%.

Tại Khu công nghiệp Quế Võ II, thị xã Quế Võ, nhà máy của Công ty TNHH Điện lạnh Kinh Bắc xuất khẩu 243 triệu USD trong 8 tháng, chiếm 46,9% kim ngạch toàn ngành. Công ty đang lắp đặt thêm hai dây chuyền ép vỏ tủ công suất 1.200 sản phẩm/ca, tổng vốn gần 350 tỷ đồng, dự kiến tuyển thêm khoảng 400 lao động.

Hiện toàn tỉnh có 7 doanh nghiệp sản xuất, lắp ráp tủ lạnh với khoảng 9.600 lao động, thu nhập bình quân 10,8 triệu đồng/người/tháng.

4 tháng cuối năm, các doanh nghiệp phấn đấu xuất khẩu thêm 240 triệu USD, đưa kim ngạch cả năm lên trên 757 triệu USD. Trong tháng 8, Sở Công Thương đã kiểm tra 46 cửa hàng điện máy, phát hiện 5 cửa hàng bày bán tủ lạnh không dán nhãn năng lượng theo Quyết định số 14/2023/QĐ-TTg.

Tin liên quan:
- Bắc Ninh: Hội nghị xúc tiến đầu tư năm 2024
- Khánh thành nhà máy linh kiện điện tử tại KCN Yên Phong II-C
"""

M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
M8S = per("8 tháng", "2024-01-01", "2024-08-31")
M8T = per("trong 8 tháng", "2024-01-01", "2024-08-31")
T8 = per("tháng 8", "2024-08-01", "2024-08-31")
T8b = per("Trong tháng 8", "2024-08-01", "2024-08-31")
LAST4 = per("4 tháng cuối năm", "2024-09-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
QV = "Quế Võ"

FIGS = [
    fig("gần 520 triệu", "520", 520e6, "money", "USD", approx="nearly",
        subject="xuất khẩu tủ lạnh", period=M8S),
    fig("đạt 518,6 triệu", "518,6", 518.6e6, "money", "USD", percent=68.5,
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu tủ lạnh, tủ đông và linh kiện của các doanh nghiệp", period=M8),
    fig("đạt 71,3 triệu", "71,3", 71.3e6, "money", "USD",
        change=chg("decrease", 2.5, "%", "tháng trước"),
        subject="kim ngạch xuất khẩu tủ lạnh, tủ đông và linh kiện tháng 8", period=T8),
    fig("ước đạt 1,64 triệu", "1,64", 1.64e6, "count", "chiếc", status="estimate",
        subject="sản lượng tủ lạnh, tủ đông", period=M8S),
    fig("gồm 1,07 triệu", "1,07", 1.07e6, "count", "tủ lạnh", total=1.64e6, status="estimate",
        subject="sản lượng tủ lạnh inverter", period=M8S),
    fig("368 nghìn", "368", 368e3, "count", "tủ lạnh", total=1.64e6, status="estimate",
        subject="sản lượng tủ lạnh thường", period=M8S),
    fig("202 nghìn", "202", 202e3, "count", "tủ đông", total=1.64e6, status="estimate",
        subject="sản lượng tủ đông", period=M8S),
    fig("khoảng 36%", "36", 36, "percent", "%", approx="about",
        subject="kim ngạch của thị trường Nhật Bản", period=inh(M8)),
    fig("Hàn Quốc 21%", "21", 21, "percent", "%",
        subject="kim ngạch của thị trường Hàn Quốc", period=inh(M8)),
    fig("Australia 9%", "9", 9, "percent", "%",
        subject="kim ngạch của thị trường Australia", period=inh(M8)),
    fig("xuất khẩu 243 triệu", "243", 243e6, "money", "USD", percent=46.9,
        subject="xuất khẩu của nhà máy Công ty TNHH Điện lạnh Kinh Bắc", period=M8T, location=QV),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền ép vỏ tủ công ty lắp đặt thêm", location=QV),
    fig("1.200 sản phẩm/ca", "1.200", 1200, "measure", "sản phẩm/ca",
        subject="công suất dây chuyền ép vỏ tủ", location=QV),
    fig("gần 350 tỷ", "350", 350e9, "money", "đồng", approx="nearly",
        subject="tổng vốn đầu tư dây chuyền ép vỏ tủ", location=QV),
    fig("khoảng 400 lao động", "400", 400, "count", "lao động", approx="about", status="forecast",
        subject="lao động công ty tuyển thêm", location=QV),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất, lắp ráp tủ lạnh"),
    fig("khoảng 9.600 lao động", "9.600", 9600, "count", "lao động", approx="about",
        subject="lao động của các doanh nghiệp sản xuất, lắp ráp tủ lạnh"),
    fig("bình quân 10,8 triệu", "10,8", 10.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động"),
    fig("thêm 240 triệu", "240", 240e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu thêm của các doanh nghiệp", period=LAST4),
    fig("trên 757 triệu", "757", 757e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu cả năm", period=YEAR),
    fig("kiểm tra 46 cửa hàng", "46", 46, "count", "cửa hàng",
        subject="cửa hàng điện máy Sở Công Thương kiểm tra", period=T8b),
    fig("phát hiện 5 cửa hàng", "5", 5, "count", "cửa hàng",
        subject="cửa hàng bày bán tủ lạnh không dán nhãn năng lượng", period=T8b),
]

NOTES = [
    "Province portal (Bắc Ninh): refrigerator exports and output, 8 months of 2024; 'Cập nhật: 12/09/2024 10:25 | Lượt xem: 1.386'.",
    "Distractors: 10:25, Lượt xem 1.386, 'KCN Quế Võ II', 'Yên Phong II-C', 'Quyết định số 14/2023/QĐ-TTg', 'năm 2024' in a related link.",
    "Headline '8 tháng ... gần 520 triệu USD' is a figure of its own (nearly); year-less '8 tháng' takes 2024 from the dateline.",
    "'gồm' parts after 1,64 triệu chiếc (same sentence): total 1,64 triệu, status estimate carried, period scored; units as written (tủ lạnh, tủ đông).",
    "Market shares 36% / 21% / 9%: percent figures, trade partners in the subject, location stays Bắc Ninh; period inherited.",
    "revised after the first run: their subjects 'tỷ trọng thị trường X trong kim ngạch xuất khẩu' → 'kim ngạch của thị trường X'",
    "('tỷ trọng' is not in the sentence; the spec's list form is 'vốn đăng ký cấp mới của Trung Quốc').",
    "The Quế Võ passage: location Quế Võ; 'dự kiến' governs only its last clause (400 lao động, forecast).",
    "'4 tháng cuối năm' = 2024-09-01..2024-12-31; 'phấn đấu' governs both clauses (target). 46 / 5 cửa hàng: no part-of cue, no total.",
]

if __name__ == "__main__":
    write("p1485-1", TEXT, NOTES, FIGS, published="2024-09-12", location="Bắc Ninh")
