"""p528-4: Bộ Y tế portal (ministry site) — ngộ độc thực phẩm 9 tháng năm 2024, national."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > An toàn thực phẩm

9 tháng năm 2024: Cả nước ghi nhận 121 vụ ngộ độc thực phẩm, 21 người tử vong

Ngày đăng: 08/10/2024 | Lượt xem: 2.951

Theo báo cáo của Cục An toàn thực phẩm, 9 tháng năm 2024 cả nước ghi nhận 121 vụ ngộ độc thực phẩm, tăng 7 vụ so với cùng kỳ năm 2023; có 4.936 người mắc, tăng 74,2%; 21 người tử vong, giảm 6 người. Trong đó, có 36 vụ ngộ độc từ 30 người mắc trở lên.

Về nguyên nhân, ngộ độc do vi sinh vật chiếm 58,7% số vụ, do độc tố tự nhiên 24,8%, do hóa chất 3,3%, còn lại 13,2% chưa xác định được nguyên nhân. Ngộ độc tại bếp ăn tập thể xảy ra 29 vụ với 2.310 người mắc, chiếm 46,8% tổng số người mắc.

Các địa phương có số người mắc nhiều nhất là Đồng Nai (512 người), Quảng Nam (387 người), Khánh Hòa (298 người) và Nghệ An (226 người).

Cũng trong 9 tháng, các đoàn thanh tra, kiểm tra liên ngành từ trung ương đến địa phương đã kiểm tra hơn 285.000 lượt cơ sở, phát hiện khoảng 18.100 cơ sở vi phạm, xử phạt trên 38,6 tỷ đồng.

Theo Chiến lược quốc gia về an toàn thực phẩm giai đoạn 2021-2030 ban hành theo Quyết định số 1246/QĐ-TTg, đến năm 2025 số người bị ngộ độc thực phẩm cấp tính trong các vụ được ghi nhận phải dưới 7 người/100.000 dân/năm, đến năm 2030 dưới 6,5 người/100.000 dân/năm.

Cục An toàn thực phẩm đề nghị các địa phương tăng cường giám sát bếp ăn tập thể trong trường học, khu công nghiệp và tiếp nhận thông tin qua đường dây nóng 1900.9068.

Địa chỉ: Số 138A Giảng Võ, Ba Đình, Hà Nội
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = P("trong 9 tháng", "2024-01-01", "2024-09-30")
FIGS = [
    F("ghi nhận 121 vụ ngộ độc thực phẩm, 21", "121", 121, "count", "vụ", "vụ ngộ độc thực phẩm", M9),
    F("21 người tử vong\n", "21", 21, "count", "người", "người tử vong do ngộ độc thực phẩm", M9),
    F("121 vụ ngộ độc thực phẩm, tăng", "121", 121, "count", "vụ", "vụ ngộ độc thực phẩm", M9,
      change=CH("increase", 7, "vụ", "cùng kỳ năm 2023")),
    F("có 4.936 người", "4.936", 4936, "count", "người", "người mắc ngộ độc thực phẩm", M9,
      change=CH("increase", 74.2, "%")),
    F("21 người tử vong, giảm", "21", 21, "count", "người", "người tử vong do ngộ độc thực phẩm", M9,
      change=CH("decrease", 6, "người")),
    F("có 36 vụ", "36", 36, "count", "vụ", "vụ ngộ độc từ 30 người mắc trở lên", INH(M9), total=121),
    F("từ 30 người", "30", 30, "count", "người", "ngưỡng số người mắc của vụ ngộ độc", approx="at_least", optional=True),
    F("chiếm 58,7%", "58,7", 58.7, "percent", "%", "tỷ lệ vụ ngộ độc do vi sinh vật", INH(M9)),
    F("nhiên 24,8%", "24,8", 24.8, "percent", "%", "tỷ lệ vụ ngộ độc do độc tố tự nhiên", INH(M9)),
    F("chất 3,3%", "3,3", 3.3, "percent", "%", "tỷ lệ vụ ngộ độc do hóa chất", INH(M9)),
    F("lại 13,2%", "13,2", 13.2, "percent", "%", "tỷ lệ vụ ngộ độc chưa xác định được nguyên nhân", INH(M9)),
    F("ra 29 vụ", "29", 29, "count", "vụ", "vụ ngộ độc tại bếp ăn tập thể", INH(M9)),
    F("với 2.310 người", "2.310", 2310, "count", "người", "người mắc ngộ độc tại bếp ăn tập thể", INH(M9), percent=46.8),
    F("Đồng Nai (512", "512", 512, "count", "người", "số người mắc", INH(M9), location="Đồng Nai"),
    F("Quảng Nam (387", "387", 387, "count", "người", "số người mắc", INH(M9), location="Quảng Nam"),
    F("Khánh Hòa (298", "298", 298, "count", "người", "số người mắc", INH(M9), location="Khánh Hòa"),
    F("Nghệ An (226", "226", 226, "count", "người", "số người mắc", INH(M9), location="Nghệ An"),
    F("hơn 285.000 lượt", "285.000", 285000, "count", "lượt cơ sở", "lượt cơ sở được thanh tra, kiểm tra", M9b, approx="over"),
    F("khoảng 18.100 cơ sở", "18.100", 18100, "count", "cơ sở", "cơ sở vi phạm", M9b, approx="about"),
    F("trên 38,6 tỷ", "38,6", 38.6e9, "money", "đồng", "tiền xử phạt", M9b, approx="over"),
    F("dưới 7 người", "7", 7, "measure", "người/100.000 dân/năm",
      "số người bị ngộ độc thực phẩm cấp tính trong các vụ được ghi nhận", P("đến năm 2025", None, "2025-12-31"),
      approx="under", status="target"),
    F("dưới 6,5 người", "6,5", 6.5, "measure", "người/100.000 dân/năm",
      "số người bị ngộ độc thực phẩm cấp tính trong các vụ được ghi nhận", P("đến năm 2030", None, "2030-12-31"),
      approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Y tế: ngộ độc thực phẩm 9 tháng năm 2024 (Cục An toàn thực phẩm), national figures, provinces in a list.",
    "'Ngày đăng: 08/10/2024' gives `published`; 'Lượt xem: 2.951', 'Quyết định số 1246/QĐ-TTg', 'giai đoạn 2021-2030',",
    "the hotline 1900.9068 and the address 'Số 138A Giảng Võ' are not figures.",
    "Headline figures restate the lead; the headline names its period ('9 tháng năm 2024: …'), so it is scored there too.",
    "Each count in the lead carries the change that follows it (7 vụ, 74,2%, 6 người). 36 vụ after 'Trong đó' is a part of 121.",
    "'từ 30 người mắc trở lên' is a threshold that defines the 36 (optional). The cause shares are percent figures of their own.",
    "revised: the four province items' subject is now 'số người mắc', the list's indicator as stated before the list (was",
    "'số người mắc ngộ độc thực phẩm', which adds words the sentence does not name; FIGURES.md: the list's indicator, stated before the list).",
    "Province items: subject is the list's indicator, the province is the location. Strategy targets: 'đến năm 2025/2030' → end of that year.",
]

if __name__ == "__main__":
    emit("p528-4", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Việt Nam")
