"""p1124-4: ministry site (Bộ Y tế - Cục An toàn thực phẩm): national inspection results, Tết Trung thu 2022."""
from lib import F, P, I, C, T, write

TEXT = """BỘ Y TẾ - CỤC AN TOÀN THỰC PHẨM
Trang chủ / Tin tức / Thanh tra - Kiểm tra

Kết quả thanh tra, kiểm tra an toàn thực phẩm dịp Tết Trung thu năm 2022

Ngày đăng: 26/09/2022 | Lượt xem: 3.128

Theo báo cáo của 63 tỉnh, thành phố, từ ngày 15/8 đến ngày 15/9/2022, cả nước đã thành lập 4.126 đoàn thanh tra, kiểm tra, kiểm tra 61.350 cơ sở sản xuất, kinh doanh thực phẩm, phát hiện 8.214 cơ sở vi phạm (chiếm 13,4%), xử lý 2.963 cơ sở với tổng số tiền phạt hơn 11,7 tỷ đồng, giảm 6,5% so với cùng kỳ năm 2021.

Riêng đối với bánh trung thu, các đoàn đã kiểm tra 3.842 cơ sở sản xuất, kinh doanh, trong đó 612 cơ sở sản xuất; phát hiện 347 cơ sở vi phạm. Các địa phương phát hiện nhiều cơ sở vi phạm nhất lần lượt là Hà Nội (46 cơ sở), TP Hồ Chí Minh (39 cơ sở) và Thanh Hóa (28 cơ sở). Lực lượng chức năng đã tạm giữ, tiêu hủy khoảng 18.600 chiếc bánh trung thu không rõ nguồn gốc, trong đó hơn 9.000 chiếc có nhãn ghi bằng tiếng nước ngoài.

Về kiểm nghiệm, hệ thống kiểm nghiệm đã phân tích 1.286 mẫu bánh trung thu và nguyên liệu làm bánh, trong đó 1.241 mẫu đạt (96,5%), 45 mẫu không đạt chủ yếu do vượt giới hạn nấm men, nấm mốc. Trong dịp cao điểm, cả nước không ghi nhận vụ ngộ độc thực phẩm nào liên quan đến bánh trung thu.

Cục An toàn thực phẩm đề nghị các địa phương tiếp tục hậu kiểm sau Tết Trung thu, phấn đấu năm 2022 kiểm tra ít nhất 30% cơ sở sản xuất thực phẩm đã tự công bố sản phẩm; công khai trên phương tiện thông tin đại chúng các cơ sở vi phạm.

CỤC AN TOÀN THỰC PHẨM
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội
Điện thoại: 024.3846.4489
"""

CAMP = P("từ ngày 15/8 đến ngày 15/9/2022", "2022-08-15", "2022-09-15")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
LIST = "cơ sở sản xuất, kinh doanh bánh trung thu vi phạm"

FIGS = [
    F("của 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", optional=True,
      subject="tỉnh, thành phố báo cáo"),
    F("4.126 đoàn", "4.126", 4126, "count", "đoàn thanh tra, kiểm tra",
      subject="đoàn thanh tra, kiểm tra được thành lập", period=CAMP),
    F("kiểm tra 61.350 cơ sở", "61.350", 61350, "count", "cơ sở",
      subject="cơ sở sản xuất, kinh doanh thực phẩm được kiểm tra", period=CAMP),
    F("phát hiện 8.214 cơ sở", "8.214", 8214, "count", "cơ sở", percent=13.4,
      subject="cơ sở vi phạm", period=CAMP),
    F("xử lý 2.963 cơ sở", "2.963", 2963, "count", "cơ sở", subject="cơ sở bị xử lý", period=CAMP),
    F("hơn 11,7 tỷ", "11,7", 11700000000, "money", "đồng", approx="over",
      change=C("decrease", 6.5, "%", "cùng kỳ năm 2021"), subject="tổng số tiền phạt", period=CAMP),
    F("kiểm tra 3.842 cơ sở", "3.842", 3842, "count", "cơ sở",
      subject="cơ sở sản xuất, kinh doanh bánh trung thu được kiểm tra", period=I(CAMP)),
    F("trong đó 612 cơ sở", "612", 612, "count", "cơ sở", total=3842,
      subject="cơ sở sản xuất bánh trung thu được kiểm tra", period=I(CAMP)),
    F("phát hiện 347 cơ sở", "347", 347, "count", "cơ sở", subject=LIST, period=I(CAMP)),
    F("Hà Nội (46 cơ sở)", "46", 46, "count", "cơ sở", subject=LIST, location="Hà Nội", period=I(CAMP)),
    F("Hồ Chí Minh (39 cơ sở)", "39", 39, "count", "cơ sở", subject=LIST, location="TP Hồ Chí Minh",
      period=I(CAMP)),
    F("Thanh Hóa (28 cơ sở)", "28", 28, "count", "cơ sở", subject=LIST, location="Thanh Hóa", period=I(CAMP)),
    F("khoảng 18.600 chiếc", "18.600", 18600, "count", "chiếc bánh trung thu", approx="about",
      subject="bánh trung thu không rõ nguồn gốc bị tạm giữ, tiêu hủy", period=I(CAMP)),
    F("hơn 9.000 chiếc", "9.000", 9000, "count", "chiếc", approx="over", total=18600,
      subject="bánh trung thu có nhãn ghi bằng tiếng nước ngoài", period=I(CAMP)),
    F("phân tích 1.286 mẫu", "1.286", 1286, "count", "mẫu",
      subject="mẫu bánh trung thu và nguyên liệu làm bánh được phân tích", period=I(CAMP)),
    F("1.241 mẫu", "1.241", 1241, "count", "mẫu", total=1286, percent=96.5,
      subject="mẫu bánh trung thu và nguyên liệu đạt", period=I(CAMP)),
    F("45 mẫu", "45", 45, "count", "mẫu", total=1286,
      subject="mẫu bánh trung thu và nguyên liệu không đạt", period=I(CAMP)),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="cơ sở sản xuất thực phẩm đã tự công bố sản phẩm được kiểm tra", period=Y22),
]

NOTES = [
    "Ministry site (Bộ Y tế - Cục An toàn thực phẩm), national: location Việt Nam; 'Ngày đăng: 26/09/2022 | Lượt xem: 3.128' (published).",
    "Distractors: 'Lượt xem: 3.128', address '138A Giảng Võ, Ba Đình', phone 024.3846.4489, dates 15/8 and 15/9/2022.",
    "'Theo báo cáo của 63 tỉnh, thành phố' names the sources (a count of provinces, optional).",
    "The list 'lần lượt là Hà Nội (46 cơ sở), TP Hồ Chí Minh (39 cơ sở) và Thanh Hóa (28 cơ sở)': subject = the list's indicator,",
    "place → location; the items do not add up to 347 and follow no part cue: no total.",
    "'trong đó 1.241 mẫu đạt (96,5%), 45 mẫu không đạt' → total 1.286 for both, share 96,5 for 1.241.",
    "'không ghi nhận vụ ngộ độc ... nào' states zero without a number: no figure. 'phấn đấu năm 2022 ... ít nhất 30%' → target.",
]

if __name__ == "__main__":
    write("p1124-4", TEXT, NOTES, FIGS, published="2022-09-26", location="Việt Nam")
