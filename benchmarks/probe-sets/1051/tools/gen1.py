"""p1051-1: province portal (Hà Giang), teacher housing rooms completed in H1/2024."""
from lib import emit, fig, per, inh, year, ch

TEXT = """Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Hà Giang: Đầu tư 126 phòng ở công vụ cho giáo viên vùng cao

Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.316

Sáu tháng đầu năm 2024, toàn tỉnh đã hoàn thành, đưa vào sử dụng 126 phòng ở công vụ cho giáo viên tại 38 điểm trường, tăng 41 phòng so với cùng kỳ năm 2023. Số phòng mới tập trung ở các huyện Mèo Vạc (32 phòng), Đồng Văn (27 phòng), Hoàng Su Phì (21 phòng) và Xín Mần (18 phòng).

Tổng kinh phí thực hiện là 52,4 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 31,8 tỷ đồng, ngân sách tỉnh 14,2 tỷ đồng, còn lại là nguồn xã hội hóa. Suất đầu tư bình quân khoảng 415 triệu đồng/phòng, cao hơn 12% so với năm 2022 do giá vật liệu và chi phí vận chuyển lên vùng cao tăng.

Hiện toàn tỉnh có 11.460 giáo viên công tác tại các xã đặc biệt khó khăn, trong đó khoảng 3.200 giáo viên có nhu cầu ở nhà công vụ, chiếm 27,9%. Tính đến ngày 30/6/2024, đã bố trí chỗ ở cho 2.184 giáo viên, đạt 68,3% nhu cầu. Mỗi phòng rộng từ 18 đến 24 m2, bố trí 2 giáo viên, có bếp và nhà vệ sinh riêng.

Theo Sở Giáo dục và Đào tạo, thực hiện Nghị quyết số 14/2021/NQ-HĐND, giai đoạn 2021-2025 tỉnh phấn đấu xây mới 540 phòng ở công vụ; đến nay đã thực hiện 397 phòng, đạt 73,5% kế hoạch. Năm 2024, tỉnh dự kiến bố trí thêm 38,5 tỷ đồng để xây dựng 92 phòng, ưu tiên các điểm trường lẻ cách trung tâm xã trên 10 km như điểm trường Lũng Táo, Sủng Là dọc Quốc lộ 4C.
"""

H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
S = "phòng ở công vụ cho giáo viên hoàn thành, đưa vào sử dụng"
F = [
    fig("Đầu tư 126 phòng", "126", 126, "count", "phòng ở công vụ",
        "phòng ở công vụ cho giáo viên vùng cao được đầu tư"),
    fig("sử dụng 126 phòng", "126", 126, "count", "phòng ở công vụ", S, H1,
        change=ch("increase", 41, "phòng", "cùng kỳ năm 2023")),
    fig("tại 38 điểm trường", "38", 38, "count", "điểm trường", "điểm trường có phòng ở công vụ mới", H1),
    fig("Mèo Vạc (32 phòng)", "32", 32, "count", "phòng", "phòng ở công vụ mới", inh(H1), location="Mèo Vạc"),
    fig("Đồng Văn (27 phòng)", "27", 27, "count", "phòng", "phòng ở công vụ mới", inh(H1), location="Đồng Văn"),
    fig("Hoàng Su Phì (21 phòng)", "21", 21, "count", "phòng", "phòng ở công vụ mới", inh(H1), location="Hoàng Su Phì"),
    fig("Xín Mần (18 phòng)", "18", 18, "count", "phòng", "phòng ở công vụ mới", inh(H1), location="Xín Mần"),
    fig("là 52,4 tỷ đồng", "52,4", 52.4e9, "money", "đồng", "tổng kinh phí thực hiện", inh(H1)),
    fig("hỗ trợ 31,8 tỷ đồng", "31,8", 31.8e9, "money", "đồng", "ngân sách Trung ương hỗ trợ", inh(H1), total=52.4e9),
    fig("tỉnh 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng", "ngân sách tỉnh", inh(H1), total=52.4e9),
    fig("khoảng 415 triệu đồng/phòng", "415", 415e6, "money", "đồng/phòng", "suất đầu tư bình quân mỗi phòng",
        approx="about", change=ch("increase", 12, "%", "năm 2022")),
    fig("có 11.460 giáo viên", "11.460", 11460, "count", "giáo viên",
        "giáo viên công tác tại các xã đặc biệt khó khăn"),
    fig("khoảng 3.200 giáo viên", "3.200", 3200, "count", "giáo viên", "giáo viên có nhu cầu ở nhà công vụ",
        approx="about", total=11460, percent=27.9),
    fig("cho 2.184 giáo viên", "2.184", 2184, "count", "giáo viên", "giáo viên được bố trí chỗ ở",
        per("Tính đến ngày 30/6/2024", None, "2024-06-30"), percent=68.3),
    fig("từ 18 đến 24 m2", "18", 18, "measure", "m2", "diện tích mỗi phòng", value_max=24),
    fig("bố trí 2 giáo viên", "2", 2, "count", "giáo viên", "giáo viên bố trí mỗi phòng"),
    fig("xây mới 540 phòng", "540", 540, "count", "phòng ở công vụ", "phòng ở công vụ xây mới",
        per("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    fig("thực hiện 397 phòng", "397", 397, "count", "phòng", "phòng ở công vụ xây mới đã thực hiện",
        per("đến nay", None, "2024-07-18"), percent=73.5),
    fig("thêm 38,5 tỷ đồng", "38,5", 38.5e9, "money", "đồng", "kinh phí bố trí thêm để xây dựng phòng ở công vụ",
        year(2024, "Năm 2024"), status="forecast"),
    fig("xây dựng 92 phòng", "92", 92, "count", "phòng", "phòng ở công vụ xây dựng",
        year(2024, "Năm 2024"), status="forecast"),
    fig("trên 10 km", "10", 10, "measure", "km", "khoảng cách từ điểm trường lẻ đến trung tâm xã",
        approx="over", optional=True),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Giang: 126 phòng ở công vụ giáo viên hoàn thành 6 tháng đầu năm 2024.",
    "District list in brackets (32+27+21+18=98 of 126) does not add up to the whole: no total; location is the district.",
    "'đến nay' read as an as-of date at the dateline (start null). 'trên 10 km' is a priority threshold: optional.",
    "Distractors: breadcrumb, dateline/time, Lượt xem, 'Sáu tháng đầu năm' (period word), Nghị quyết số 14/2021/NQ-HĐND, Quốc lộ 4C.",
]

if __name__ == "__main__":
    emit("p1051-1", TEXT, COMMENTS, F, published="2024-07-18", location="Hà Giang")
