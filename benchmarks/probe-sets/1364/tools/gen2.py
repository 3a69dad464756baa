"""p1364-2: district portal (huyện Ba Vì, Hà Nội): quần thể 45 cây cổ thụ đình làng Mộc recognised."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BA VÌ
Thành phố Hà Nội
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Công khai ngân sách | Liên hệ

Quần thể 45 cây cổ thụ đình làng Mộc được công nhận Cây Di sản Việt Nam

22/05/2024 - 08:40

Sáng 21/5, UBND xã Cẩm Lĩnh tổ chức lễ đón nhận bằng công nhận quần thể cây cổ thụ tại đình làng Mộc là Cây Di sản Việt Nam. Quần thể có 45 cây, trong đó 21 cây trôi, 14 cây đa và 10 cây duối, phân bố trên diện tích khoảng 1,8 ha quanh đình.

Theo các cụ cao niên, cây trôi lớn nhất đã khoảng 600 năm tuổi, chu vi gốc gần 9 m, tán rộng hơn 500 m2; cây đa ở cổng đình có hơn ba chục nhánh rễ phụ bám xuống đất.

Để bảo vệ quần thể cây, từ năm 2022 đến nay, xã đã huy động hơn 800 triệu đồng từ nguồn xã hội hóa để xây kè đá, làm rào bảo vệ và lắp 2 cột thu lôi. Năm 2023, hai cây đa bị gãy cành lớn sau cơn bão số 1 đã được cứu chữa kịp thời.

Theo Phòng Tài nguyên và Môi trường huyện, kết quả điều tra năm 2023 ghi nhận trên địa bàn huyện có 2.318 cây cổ thụ, tăng 410 cây so với lần điều tra năm 2018. Hiện huyện có 126 cây và 7 quần thể cây được công nhận Cây Di sản Việt Nam, nhiều nhất trong các huyện ngoại thành.

Năm 2024, huyện phấn đấu hoàn thiện hồ sơ đề nghị công nhận thêm 3 quần thể và khoảng 20 cây đơn lẻ. Mỗi xã có cây di sản được huyện hỗ trợ tối đa 50 triệu đồng để lập biển, rào chắn.

Ông Phùng Văn Tiến, Chủ tịch UBND xã Cẩm Lĩnh cho biết, xã đang phối hợp xây dựng tuyến tham quan nối đình làng Mộc với hồ Suối Hai, dự kiến đón khoảng 15.000 lượt khách/năm.

Tin khác:
- Ba Vì: Ra quân Tết trồng cây Xuân Giáp Thìn 2024
- Hội nghị tổng kết công tác bảo vệ môi trường năm 2023

UBND HUYỆN BA VÌ
Địa chỉ: Số 2 phố Quảng Oai, thị trấn Tây Đằng, huyện Ba Vì, Hà Nội
Điện thoại: 024.3386.3021
"""

SINCE = per("từ năm 2022 đến nay", "2022-01-01", "2024-05-22")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
QT = "quần thể cây cổ thụ đình làng Mộc"

FIGS = [
    fig("Quần thể 45 cây", "45", 45, "count", "cây", subject=QT),
    fig("có 45 cây", "45", 45, "count", "cây", subject="cây trong quần thể"),
    fig("trong đó 21 cây", "21", 21, "count", "cây", total=45, subject="cây trôi"),
    fig("14 cây đa", "14", 14, "count", "cây", total=45, subject="cây đa"),
    fig("10 cây duối", "10", 10, "count", "cây", total=45, subject="cây duối"),
    fig("khoảng 1,8 ha", "1,8", 1.8, "measure", "ha", approx="about", subject="diện tích phân bố quần thể"),
    fig("khoảng 600 năm", "600", 600, "measure", "năm", approx="about", subject="tuổi cây trôi lớn nhất"),
    fig("gần 9 m", "9", 9, "measure", "m", approx="nearly", subject="chu vi gốc cây trôi lớn nhất"),
    fig("hơn 500 m2", "500", 500, "measure", "m2", approx="over", subject="tán cây trôi lớn nhất"),
    fig("hơn ba chục nhánh", "ba chục", 30, "count", "nhánh", approx="over", subject="nhánh rễ phụ của cây đa ở cổng đình"),
    fig("hơn 800 triệu", "800", 800e6, "money", "đồng", approx="over",
        subject="kinh phí xã hội hóa bảo vệ quần thể cây", period=SINCE),
    fig("lắp 2 cột", "2", 2, "count", "cột thu lôi", subject="cột thu lôi", period=SINCE),
    fig("hai cây đa", "hai", 2, "count", "cây", subject="cây đa bị gãy cành lớn", period=Y23),
    fig("có 2.318 cây", "2.318", 2318, "count", "cây", change=chg("increase", 410, "cây", "lần điều tra năm 2018"),
        subject="cây cổ thụ trên địa bàn huyện", period=Y23b),
    fig("có 126 cây", "126", 126, "count", "cây", subject="cây được công nhận Cây Di sản Việt Nam"),
    fig("và 7 quần thể", "7", 7, "count", "quần thể", subject="quần thể cây được công nhận Cây Di sản Việt Nam"),
    fig("thêm 3 quần thể", "3", 3, "count", "quần thể", status="target", subject="quần thể đề nghị công nhận",
        period=Y24),
    fig("khoảng 20 cây", "20", 20, "count", "cây", approx="about", status="target",
        subject="cây đơn lẻ đề nghị công nhận", period=Y24),
    fig("tối đa 50 triệu", "50", 50e6, "money", "đồng/xã", approx="at_most",
        subject="hỗ trợ xã có cây di sản lập biển, rào chắn"),
    fig("khoảng 15.000 lượt", "15.000", 15000, "measure", "lượt khách/năm", approx="about", status="forecast",
        subject="lượt khách tuyến tham quan đón"),
]

NOTES = [
    "District portal (huyện Ba Vì, Hà Nội): banner, menu, '22/05/2024 - 08:40' under the headline (published), 'Tin khác', address footer.",
    "Distractors: 'Sáng 21/5', 'bão số 1', 'hồ Suối Hai' (a name with a number word), 'Giáp Thìn 2024', 'Số 2 phố Quảng Oai', phone 024.3386.3021,",
    "baseline 'năm 2018'. All figures describe the district or its commune Cẩm Lĩnh: location Ba Vì (a commune is below the district level).",
    "'Quần thể có 45 cây, trong đó 21 ..., 14 ... và 10 ...' → parts with total 45 (they add up). 'hơn ba chục nhánh' = over 30.",
    "'tăng 410 cây so với lần điều tra năm 2018' is a change in cây. 'Hiện' figures, ages and sizes take no period.",
    "'phấn đấu' governs '3 quần thể và khoảng 20 cây' (target); the support rule 'tối đa 50 triệu đồng' for each xã stands as a separate sentence (actual, đồng/xã).",
    "'dự kiến đón khoảng 15.000 lượt khách/năm' → forecast, about, a yearly rate (measure).",
]

if __name__ == "__main__":
    write("p1364-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Ba Vì")
