"""p1518-2: district portal (huyện Văn Lâm, Hưng Yên): a thread twisting and dyeing company expands its dye house."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM
Tỉnh Hưng Yên
Trang chủ / Tin tức / Kinh tế - Xã hội

Chỉ may Lạc Hồng mở rộng xưởng nhuộm, tạo thêm việc làm
18/06/2024 - 08:40

Năm 2023, Công ty cổ phần Chỉ may Lạc Hồng (xã Lạc Hồng) sản xuất 2.350 tấn chỉ thành phẩm, doanh thu đạt 196 tỷ đồng, tăng 9,5% so với năm 2022; nộp ngân sách hơn 7 tỷ đồng. Công ty vận hành hai nhà xưởng, gồm một xưởng se chỉ và một xưởng nhuộm, với 62 máy se và 18 máy nhuộm cao áp.

Công ty có 285 lao động, trong đó 190 lao động nữ; thu nhập bình quân 9,1 triệu đồng/người/tháng, cao hơn khoảng 7% so với năm trước. Mỗi tháng, xưởng nhuộm dùng gần ba chục tấn thuốc nhuộm và hóa chất.

Tháng 4/2024, công ty khởi công mở rộng xưởng nhuộm thêm 3.200 m2 với vốn đầu tư 45 tỷ đồng; công trình dự kiến hoàn thành trong quý IV năm nay, khi đó sẽ tuyển thêm từ 40 đến 50 lao động. 5 tháng đầu năm 2024, sản lượng chỉ của công ty đạt 1.020 tấn, bằng 41% kế hoạch năm.

Ông Nguyễn Hữu Thắng, Phó Chủ tịch UBND huyện cho biết, toàn huyện có 7 cơ sở sản xuất chỉ may và phụ liệu may mặc, gồm 3 doanh nghiệp nhuộm chỉ và 4 cơ sở se chỉ, làm cúc áo. Huyện phấn đấu đến năm 2025 có 100% cơ sở nhuộm đạt quy chuẩn nước thải QCVN 40:2011/BTNMT.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Văn Lâm

Tin khác
- Văn Lâm đối thoại với doanh nghiệp năm 2024
- Xã Lạc Đạo ra quân làm sạch môi trường

Địa chỉ: Số 1 Nguyễn Văn Linh, thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên
Điện thoại: 0221.3985.123
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
APR = per("Tháng 4/2024", "2024-04-01", "2024-04-30")
Q4 = per("quý IV năm nay", "2024-10-01", "2024-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
CO = "Công ty cổ phần Chỉ may Lạc Hồng"

FIGS = [
    fig("xuất 2.350 tấn", "2.350", 2350, "measure", "tấn",
        subject=f"chỉ thành phẩm {CO} sản xuất", period=Y23),
    fig("đạt 196 tỷ", "196", 196e9, "money", "đồng", change=chg("increase", 9.5, "%", "năm 2022"),
        subject=f"doanh thu {CO}", period=Y23),
    fig("hơn 7 tỷ", "7", 7e9, "money", "đồng", approx="over",
        subject=f"nộp ngân sách {CO}", period=Y23),
    fig("hai nhà xưởng", "hai", 2, "count", "nhà xưởng", subject="nhà xưởng công ty vận hành"),
    fig("một xưởng se", "một", 1, "count", "xưởng", total=2, subject="xưởng se chỉ"),
    fig("một xưởng nhuộm", "một", 1, "count", "xưởng", total=2, subject="xưởng nhuộm"),
    fig("62 máy se", "62", 62, "count", "máy se", subject="máy se"),
    fig("18 máy nhuộm", "18", 18, "count", "máy nhuộm", subject="máy nhuộm cao áp"),
    fig("có 285 lao động", "285", 285, "count", "lao động", subject="lao động của công ty"),
    fig("190 lao động nữ", "190", 190, "count", "lao động", total=285, subject="lao động nữ"),
    fig("9,1 triệu", "9,1", 9.1e6, "money", "đồng/người/tháng",
        change=chg("increase", 7, "%", "năm trước", approx="about"), subject="thu nhập bình quân"),
    fig("gần ba chục tấn", "ba chục", 30, "measure", "tấn/tháng", approx="nearly",
        subject="thuốc nhuộm và hóa chất xưởng nhuộm dùng mỗi tháng"),
    fig("thêm 3.200 m2", "3.200", 3200, "measure", "m2",
        subject="diện tích mở rộng xưởng nhuộm", period=APR),
    fig("tư 45 tỷ", "45", 45e9, "money", "đồng",
        subject="vốn đầu tư mở rộng xưởng nhuộm", period=APR),
    fig("từ 40 đến 50 lao động", "40", 40, "count", "lao động", value_max=50, status="forecast",
        subject="lao động tuyển thêm", period=Q4),
    fig("đạt 1.020 tấn", "1.020", 1020, "measure", "tấn", percent=41,
        subject="sản lượng chỉ của công ty", period=M5),
    fig("có 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở sản xuất chỉ may và phụ liệu may mặc"),
    fig("gồm 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=7, subject="doanh nghiệp nhuộm chỉ"),
    fig("và 4 cơ sở", "4", 4, "count", "cơ sở", total=7, subject="cơ sở se chỉ, làm cúc áo"),
    fig("có 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở nhuộm đạt quy chuẩn nước thải", period=TO25),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner, breadcrumb, '18/06/2024 - 08:40' under the headline (published), 'Nguồn:', 'Tin khác', address and phone footer.",
    "All figures are in huyện Văn Lâm (xã Lạc Hồng is a commune of it): location Văn Lâm.",
    "'hai nhà xưởng, gồm một xưởng se chỉ và một xưởng nhuộm': the two 'một' are parts of 2 (total 2). '285 lao động, trong đó 190 lao động nữ': total 285.",
    "'cao hơn khoảng 7% so với năm trước' is the change of the wage (approx about inside the change).",
    "'Mỗi tháng ... gần ba chục tấn': number words (30), approx nearly, a per-month rate 'tấn/tháng'.",
    "'Tháng 4/2024' locates the start of works: period of 3.200 m2 and 45 tỷ. 'dự kiến ... quý IV năm nay ... tuyển thêm từ 40 đến 50' → forecast, range, quý IV 2024.",
    "'gồm 3 doanh nghiệp ... và 4 cơ sở' add up to 7: total 7. 'đến năm 2025 có 100%' → target, end 2025-12-31.",
    "Distractors: QCVN 40:2011/BTNMT, 'Số 1 Nguyễn Văn Linh', 0221.3985.123, dates and time, 'năm 2024' in link titles.",
]

if __name__ == "__main__":
    write("p1518-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Văn Lâm")
