from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM BẢNG - TỈNH HÀ NAM
Kinh tế - Xã hội
Thứ Năm, 10/10/2024 - 14:20

Kim Bảng: Khai thác gần 6,2 triệu m³ đá xây dựng trong 9 tháng

9 tháng năm 2024, trên địa bàn huyện có 21 mỏ đá vôi làm vật liệu xây dựng thông thường được cấp phép khai thác, tập trung chủ yếu tại các xã Thanh Sơn (7 mỏ), Liên Sơn (5 mỏ), Thi Sơn (4 mỏ) và Khả Phong (3 mỏ). Tổng sản lượng đá khai thác ước đạt gần 6,2 triệu m³, bằng 76,5% kế hoạch năm, tăng 5,3% so với cùng kỳ. Trong đó, đá khối phục vụ sản xuất xi măng khoảng 2,45 triệu m³; đá dăm, đá hộc các loại 3,7 triệu m³.

Toàn huyện hiện có 14 cơ sở sản xuất gạch không nung với tổng công suất khoảng 95 triệu viên quy tiêu chuẩn/năm; sản lượng 9 tháng ước đạt 61,5 triệu viên, tăng 12% so với cùng kỳ. Tỷ lệ sử dụng vật liệu xây không nung trong các công trình sử dụng vốn đầu tư công trên địa bàn đạt 100%, trong công trình nhà ở dân dụng đạt từ 25 đến 30%.

Từ đầu năm đến nay, Đoàn kiểm tra liên ngành của huyện đã kiểm tra 18 lượt mỏ, phát hiện và xử phạt 6 trường hợp vi phạm với tổng số tiền hơn 420 triệu đồng. Thu ngân sách từ hoạt động khai thác khoáng sản ước đạt 186,7 tỷ đồng, chiếm khoảng 38% tổng thu ngân sách trên địa bàn huyện. Các mỏ chủ yếu vận chuyển đá qua Quốc lộ 21B và đường ĐT.494C; UBND huyện yêu cầu doanh nghiệp lắp trạm cân, camera giám sát theo Quyết định số 2035/QĐ-UBND của UBND tỉnh.

Quý IV/2024, huyện phấn đấu khai thác thêm 1,9 triệu m³ đá, đưa sản lượng cả năm đạt 8,1 triệu m³. Đến năm 2025, huyện đặt mục tiêu đóng cửa mỏ, hoàn nguyên môi trường đối với 5 mỏ đã hết hạn giấy phép.

Điện thoại: 0226.3820.135 - Thư điện tử: ubndkimbang@hanam.gov.vn
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
MINES = "mỏ đá vôi làm vật liệu xây dựng thông thường được cấp phép khai thác"
FIGS = [
    F("Khai thác gần 6,2 triệu m³", "6,2", 6200000, "measure", "m³", "đá xây dựng khai thác",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("có 21 mỏ", "21", 21, "count", "mỏ", MINES, M9),
    F("(7 mỏ)", "7", 7, "count", "mỏ", MINES + " tại xã Thanh Sơn", M9),
    F("(5 mỏ)", "5", 5, "count", "mỏ", MINES + " tại xã Liên Sơn", M9),
    F("(4 mỏ)", "4", 4, "count", "mỏ", MINES + " tại xã Thi Sơn", M9),
    F("(3 mỏ)", "3", 3, "count", "mỏ", MINES + " tại xã Khả Phong", M9),
    F("ước đạt gần 6,2 triệu m³", "6,2", 6200000, "measure", "m³", "tổng sản lượng đá khai thác", I(M9),
      approx="nearly", percent=76.5, change=CH("increase", 5.3, baseline="cùng kỳ"), status="estimate"),
    F("khoảng 2,45 triệu m³", "2,45", 2450000, "measure", "m³", "đá khối phục vụ sản xuất xi măng", I(M9),
      approx="about", total=6200000, status="estimate"),
    F("các loại 3,7 triệu m³", "3,7", 3700000, "measure", "m³", "đá dăm, đá hộc các loại", I(M9),
      total=6200000, status="estimate"),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở sản xuất gạch không nung"),
    F("khoảng 95 triệu viên", "95", 95000000, "measure", "viên quy tiêu chuẩn/năm",
      "tổng công suất các cơ sở sản xuất gạch không nung", approx="about"),
    F("ước đạt 61,5 triệu viên", "61,5", 61500000, "count", "viên", "sản lượng gạch không nung",
      P("9 tháng", "2024-01-01", "2024-09-30"), change=CH("increase", 12, baseline="cùng kỳ"), status="estimate"),
    F("đạt 100%", "100", 100, "percent", "%",
      "tỷ lệ sử dụng vật liệu xây không nung trong các công trình sử dụng vốn đầu tư công"),
    F("từ 25 đến 30%", "25", 25, "percent", "%",
      "tỷ lệ sử dụng vật liệu xây không nung trong công trình nhà ở dân dụng", value_max=30),
    F("kiểm tra 18 lượt", "18", 18, "count", "lượt", "lượt mỏ Đoàn kiểm tra liên ngành đã kiểm tra", YTD),
    F("xử phạt 6 trường hợp", "6", 6, "count", "trường hợp", "trường hợp vi phạm bị xử phạt", YTD),
    F("hơn 420 triệu đồng", "420", 420000000, "money", "đồng", "tổng số tiền xử phạt vi phạm", YTD, approx="over"),
    F("ước đạt 186,7 tỷ đồng", "186,7", 186700000000, "money", "đồng",
      "thu ngân sách từ hoạt động khai thác khoáng sản", I(YTD), percent=38, status="estimate"),
    F("thêm 1,9 triệu m³", "1,9", 1900000, "measure", "m³", "sản lượng đá khai thác",
      P("Quý IV/2024", "2024-10-01", "2024-12-31"), status="target"),
    F("đạt 8,1 triệu m³", "8,1", 8100000, "measure", "m³", "sản lượng đá khai thác cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
    F("với 5 mỏ", "5", 5, "count", "mỏ", "mỏ đã hết hạn giấy phép đóng cửa, hoàn nguyên môi trường",
      P("Đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Probe 629-2. District portal (huyện Kim Bảng, Hà Nam), 'Thứ Năm, 10/10/2024 - 14:20': limestone quarrying 9M/2024, unburnt bricks, inspections, budget, Q4/2025 targets.",
    "Commune list items (7+5+4+3 = 19 of 21, 'tập trung chủ yếu', no cue, does not add up): no total; a commune is not a location level in FIGURES.md",
    "(province, city or district), so the items keep the district Kim Bảng as location and name the commune in the subject.",
    "revised after the first run: commune items had location = the commune; FIGURES.md allows province/city/district only.",
    "Trong đó parts after a sentence break take the whole 6,2 triệu m³ and its 'ước' status. '61,5 triệu viên' bricks = count; capacity per year = measure.",
    "'cả năm' in a target sentence = the year 2024. 'Từ đầu năm đến nay' ends at the dateline.",
    "Not figures: dateline, 'Quốc lộ 21B', 'ĐT.494C', 'Quyết định số 2035/QĐ-UBND', phone, e-mail.",
]

if __name__ == "__main__":
    emit("p629-2", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Kim Bảng")
