"""p911-8: provincial newspaper online (Báo Bắc Giang), headline figure, '(BGĐT) -' tag, June 2025."""
from lib import F, P, I, C, T, write

TEXT = """Bắc Giang: 96% mẫu kem, nước giải khát đạt chỉ tiêu vi sinh
Cập nhật lúc 15:20, Thứ hai, 16/06/2025

(BGĐT) - 5 tháng đầu năm, ngành Y tế tỉnh đã lấy 175 mẫu kem, nước giải khát, nước đá tại các cơ sở sản xuất để xét nghiệm; trong đó 168 mẫu đạt chỉ tiêu vi sinh, đạt 96%, tăng 2,5% so với cùng kỳ năm 2024.

Toàn tỉnh hiện có 142 cơ sở sản xuất kem, nước giải khát, nước đá, phần lớn là hộ kinh doanh với 3-5 lao động. Các huyện Lục Nam, Lạng Giang, Yên Dũng có nhiều cơ sở nhất, lần lượt là 24, 19 và 17 cơ sở.

Từ đầu năm đến nay, các đoàn đã kiểm tra 97 cơ sở, xử phạt 13 cơ sở với số tiền 78,5 triệu đồng, bằng 65% tổng số tiền phạt cả năm 2024. Một số cơ sở dùng nước giếng khoan chưa qua xử lý, dụng cụ chứa đựng không bảo đảm. Riêng cơ sở sản xuất nước đá của anh Hoàng Văn Năm ở thôn Đồng Quan, xã Tiên Hưng (Lục Nam) bị phạt 18 triệu đồng.

Ước đạt 6 tháng, toàn tỉnh kiểm tra khoảng 120 cơ sở, đạt 60% kế hoạch năm. Ngành Y tế đề ra mục tiêu đến năm 2026 có 90% cơ sở sản xuất kem, nước giải khát được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm; hiện tỷ lệ này mới đạt 71,8%.

Đây là lần thứ 3 tỉnh tổ chức đợt cao điểm kiểm tra cơ sở sản xuất kem, nước giải khát vào mùa hè. Dịp này, Sở Y tế khen thưởng 12 tập thể và 25 cá nhân có thành tích. Thông tin phản ánh xin gửi về số điện thoại 0204.3854.121.

Ngọc Thúy
"""

M5 = P("5 tháng đầu năm", "2025-01-01", "2025-05-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-06-16")
H1 = P("6 tháng", "2025-01-01", "2025-06-30")
T26 = P("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("Bắc Giang: 96%", "96", 96, "percent", "%", "mẫu kem, nước giải khát đạt chỉ tiêu vi sinh", I(M5)),
    F("lấy 175 mẫu", "175", 175, "count", "mẫu", "mẫu kem, nước giải khát, nước đá lấy xét nghiệm", M5),
    F("trong đó 168 mẫu", "168", 168, "count", "mẫu", "mẫu đạt chỉ tiêu vi sinh", M5, total=175, percent=96,
      change=C("increase", 2.5, "%", "cùng kỳ năm 2024")),
    F("có 142 cơ sở", "142", 142, "count", "cơ sở", "cơ sở sản xuất kem, nước giải khát, nước đá"),
    F("3-5 lao động", "3", 3, "count", "lao động", "lao động của mỗi hộ kinh doanh", value_max=5, optional=True),
    F("lần lượt là 24", "24", 24, "count", "cơ sở", "cơ sở sản xuất kem, nước giải khát, nước đá", location="Lục Nam"),
    F("24, 19", "19", 19, "count", "cơ sở", "cơ sở sản xuất kem, nước giải khát, nước đá", location="Lạng Giang"),
    F("và 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở sản xuất kem, nước giải khát, nước đá", location="Yên Dũng"),
    F("kiểm tra 97 cơ sở", "97", 97, "count", "cơ sở", "cơ sở được kiểm tra", YTD),
    F("xử phạt 13 cơ sở", "13", 13, "count", "cơ sở", "cơ sở bị xử phạt", YTD),
    F("số tiền 78,5 triệu đồng", "78,5", 78_500_000, "money", "đồng", "số tiền xử phạt", YTD, percent=65),
    F("phạt 18 triệu đồng", "18", 18_000_000, "money", "đồng", "tiền phạt cơ sở sản xuất nước đá", I(YTD),
      location="Lục Nam"),
    F("khoảng 120 cơ sở", "120", 120, "count", "cơ sở", "cơ sở được kiểm tra", H1, approx="about",
      status="estimate", percent=60),
    F("có 90% cơ sở", "90", 90, "percent", "%",
      "cơ sở sản xuất kem, nước giải khát được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", T26,
      status="target"),
    F("mới đạt 71,8%", "71,8", 71.8, "percent", "%",
      "tỷ lệ cơ sở sản xuất kem, nước giải khát được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm"),
    F("khen thưởng 12 tập thể", "12", 12, "count", "tập thể", "tập thể được khen thưởng"),
    F("và 25 cá nhân", "25", 25, "count", "cá nhân", "cá nhân được khen thưởng"),
]

NOTES = [
    "Probe 911-8. Provincial newspaper online (Báo Bắc Giang), headline figure, 'Cập nhật lúc 15:20, Thứ hai, 16/06/2025', '(BGĐT) -'.",
    "Distractors: '15:20', 'anh Hoàng Văn Năm', 'lần thứ 3' (ordinal), phone '0204.3854.121', 'cả năm 2024' (a baseline).",
    "Headline 96% has no period of its own (inherited from '5 tháng đầu năm', 2025 from the dateline).",
    "168 mẫu follows 'trong đó' -> total 175, percent 96, change +2,5%. '3-5 lao động' describes a typical household: optional.",
    "'lần lượt là 24, 19 và 17 cơ sở': one indicator, the districts as locations; no total (not all districts).",
    "78,5 triệu: 'bằng 65% tổng số tiền phạt cả năm 2024' -> percent 65. 'Ước đạt 6 tháng ... khoảng 120 cơ sở, đạt 60%",
    "kế hoạch năm' -> estimate, about, percent 60. 'hiện tỷ lệ này mới đạt 71,8%' is actual, no period.",
]

if __name__ == "__main__":
    write("p911-8", TEXT, NOTES, FIGS, published="2025-06-16", location="Bắc Giang")
