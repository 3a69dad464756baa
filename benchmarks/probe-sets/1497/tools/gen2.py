"""p1497-2: district portal (huyện Văn Lâm, Hưng Yên): a lighter factory and its fire safety."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn bản chỉ đạo

Doanh nghiệp sản xuất bật lửa chú trọng an toàn phòng cháy

18/07/2024 - 10:30

Công ty TNHH Bật lửa Hưng Phát tại cụm công nghiệp Tân Quang hiện có 2 dây chuyền lắp ráp bật lửa ga với tổng công suất 60 triệu chiếc/năm. Năm 2023, công ty sản xuất 45,2 triệu chiếc, tăng 8% so với năm 2022; trong đó xuất khẩu sang Nhật Bản, Hàn Quốc khoảng 31 triệu chiếc. Doanh thu năm 2023 đạt 186 tỷ đồng, nộp ngân sách hơn 9 tỷ đồng.

Công ty sử dụng 320 lao động, trong đó 215 lao động nữ, thu nhập bình quân 8,6 triệu đồng/người/tháng. Sáu tháng đầu năm 2024, công ty sản xuất 24,5 triệu chiếc, bằng 51% kế hoạch năm.

Do nguyên liệu chính là khí butan dễ cháy nổ, công ty đã đầu tư gần 4,5 tỷ đồng cho hệ thống báo cháy tự động, hai bể nước chữa cháy dung tích 300 m3 mỗi bể và 150 bình chữa cháy xách tay. Trong tháng 7/2024, công ty phối hợp Đội Cảnh sát PCCC và CNCH Công an huyện diễn tập phương án chữa cháy với sự tham gia của hơn 120 người và 4 xe chữa cháy.

Theo Phòng Kinh tế và Hạ tầng, toàn huyện có 18 cơ sở sản xuất, kinh doanh hàng hóa dễ cháy nổ, gồm 5 cơ sở sản xuất và 13 cơ sở kinh doanh. Từ đầu năm đến nay, đoàn kiểm tra liên ngành đã kiểm tra 17 cơ sở, phát hiện 3 cơ sở vi phạm, xử phạt 42 triệu đồng.

Năm 2024, công ty phấn đấu sản xuất 48 triệu chiếc bật lửa; dự kiến tuyển thêm từ 40 đến 50 lao động.

Tin khác:
- Huyện Văn Lâm tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024
- Xã Lạc Đạo ra mắt mô hình "Tổ liên gia an toàn PCCC"

Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên. Điện thoại: 0221.3985.123
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
M7 = per("tháng 7/2024", "2024-07-01", "2024-07-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 2 dây chuyền", "2", 2, "count", "dây chuyền",
        subject="dây chuyền lắp ráp bật lửa ga của Công ty TNHH Bật lửa Hưng Phát"),
    fig("công suất 60 triệu", "60", 60e6, "measure", "chiếc/năm",
        subject="tổng công suất dây chuyền lắp ráp bật lửa ga"),
    fig("sản xuất 45,2 triệu", "45,2", 45.2e6, "count", "chiếc",
        change=chg("increase", 8, "%", "năm 2022"),
        subject="bật lửa công ty sản xuất", period=Y23),
    fig("khoảng 31 triệu", "31", 31e6, "count", "chiếc", approx="about", total=45.2e6,
        subject="bật lửa xuất khẩu sang Nhật Bản, Hàn Quốc", period=Y23),
    fig("đạt 186 tỷ", "186", 186e9, "money", "đồng",
        subject="doanh thu công ty", period=Y23b),
    fig("hơn 9 tỷ", "9", 9e9, "money", "đồng", approx="over",
        subject="nộp ngân sách công ty", period=Y23b),
    fig("sử dụng 320 lao động", "320", 320, "count", "lao động",
        subject="lao động công ty sử dụng"),
    fig("215 lao động nữ", "215", 215, "count", "lao động", total=320,
        subject="lao động nữ"),
    fig("bình quân 8,6 triệu", "8,6", 8.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động công ty"),
    fig("sản xuất 24,5 triệu", "24,5", 24.5e6, "count", "chiếc", percent=51,
        subject="bật lửa công ty sản xuất", period=H1),
    fig("gần 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", approx="nearly",
        subject="vốn công ty đầu tư cho hệ thống báo cháy tự động, bể nước và bình chữa cháy"),
    fig("hai bể nước", "hai", 2, "count", "bể",
        subject="bể nước chữa cháy"),
    fig("dung tích 300 m3", "300", 300, "measure", "m3",
        subject="dung tích mỗi bể nước chữa cháy"),
    fig("và 150 bình", "150", 150, "count", "bình",
        subject="bình chữa cháy xách tay"),
    fig("hơn 120 người", "120", 120, "count", "người", approx="over",
        subject="người tham gia diễn tập phương án chữa cháy", period=M7),
    fig("và 4 xe", "4", 4, "count", "xe",
        subject="xe chữa cháy tham gia diễn tập", period=M7),
    fig("có 18 cơ sở", "18", 18, "count", "cơ sở",
        subject="cơ sở sản xuất, kinh doanh hàng hóa dễ cháy nổ"),
    fig("gồm 5 cơ sở", "5", 5, "count", "cơ sở", total=18,
        subject="cơ sở sản xuất"),
    fig("và 13 cơ sở", "13", 13, "count", "cơ sở", total=18,
        subject="cơ sở kinh doanh"),
    fig("kiểm tra 17 cơ sở", "17", 17, "count", "cơ sở",
        subject="cơ sở đoàn kiểm tra liên ngành kiểm tra", period=YTD),
    fig("phát hiện 3 cơ sở", "3", 3, "count", "cơ sở",
        subject="cơ sở vi phạm", period=YTD),
    fig("xử phạt 42 triệu", "42", 42e6, "money", "đồng",
        subject="tiền xử phạt cơ sở vi phạm", period=YTD),
    fig("sản xuất 48 triệu", "48", 48e6, "count", "chiếc", status="target",
        subject="bật lửa công ty sản xuất", period=Y24),
    fig("từ 40 đến 50 lao động", "40", 40, "count", "lao động", value_max=50, status="forecast",
        subject="lao động công ty tuyển thêm", period=Y24),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): a lighter factory; banner, menu, '18/07/2024 - 10:30' under the headline, 'Tin khác', address footer.",
    "Distractors: 10:30, 'cụm công nghiệp Tân Quang', '6 tháng đầu năm 2024' in a link, phone 0221.3985.123, 'PCCC và CNCH'.",
    "Location: every figure is in huyện Văn Lâm (the company is in the district; the district counts are the district's).",
    "Lighters counted in 'chiếc' are count; capacity 'chiếc/năm' is measure. 'trong đó xuất khẩu ... khoảng 31 triệu chiếc' takes total 45,2 triệu.",
    "'bằng 51% kế hoạch năm' is the percent attribute of 24,5 triệu chiếc. 'trong đó 215 lao động nữ' total 320; 'gồm 5 ... và 13 ...' total 18.",
    "'kiểm tra 17 cơ sở, phát hiện 3 cơ sở vi phạm': no total cue, so no total. 'Từ đầu năm đến nay' ends at the dateline 2024-07-18.",
    "'Năm 2024, công ty phấn đấu ...; dự kiến ...': target for 48 triệu, forecast for the 40-50 range (each cue governs its clause).",
    "Standing facts (lines, capacity, workers, wage, fire equipment) get no period.",
]

if __name__ == "__main__":
    write("p1497-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Văn Lâm")
