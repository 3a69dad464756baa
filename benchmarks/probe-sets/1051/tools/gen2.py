"""p1051-2: district portal (huyện Mường Tè, Lai Châu), handover of teacher housing, 2023."""
from lib import emit, fig, per, year

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG TÈ - TỈNH LAI CHÂU
Tin tức - Sự kiện | Văn hóa - Xã hội

Thứ Năm, 14/09/2023 - 10:20

Bàn giao 4 nhà công vụ cho giáo viên cắm bản

Sáng 12/9, UBND huyện Mường Tè tổ chức lễ bàn giao nhà công vụ giáo viên tại các xã Tà Tổng, Mù Cả, Pa Vệ Sử và Ka Lăng trước thềm năm học 2023-2024. Bốn công trình có tổng mức đầu tư 7,6 tỷ đồng từ nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, gồm 24 phòng ở, bếp ăn tập thể và công trình phụ trợ, tổng diện tích sàn 864 m2.

Hiện toàn huyện có 1.146 cán bộ, giáo viên, nhân viên công tác tại 23 trường với 127 điểm trường lẻ; trong đó có 411 giáo viên cắm bản, chiếm 35,9%. Nhiều điểm trường cách trung tâm xã từ 15 đến 40 km, đường đi lại khó khăn, nhất là vào mùa mưa. Số giáo viên có nhu cầu về chỗ ở là 538 người, song nhà công vụ hiện có mới đáp ứng được khoảng 60%; còn gần 210 giáo viên phải ở nhờ nhà dân hoặc ở tạm trong phòng học cũ.

Từ năm 2021 đến nay, huyện đã xây mới 17 nhà công vụ với 96 phòng, tổng kinh phí hơn 28 tỷ đồng; đồng thời sửa chữa 31 phòng xuống cấp với kinh phí 1,9 tỷ đồng. Năm 2024, huyện phấn đấu xây thêm 6 nhà công vụ, nâng tỷ lệ đáp ứng chỗ ở cho giáo viên lên trên 75%.

Phát biểu tại buổi lễ, đồng chí Lò Văn Ba, Phó Chủ tịch UBND huyện đề nghị các nhà trường sử dụng, bảo quản tốt công trình. Dịp này, Công đoàn ngành Giáo dục huyện trao 50 suất quà, mỗi suất trị giá 500.000 đồng cho giáo viên cắm bản.

Thu Hà - Trung tâm VH-TT&TT huyện
"""

SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2023-09-14")
Y24 = year(2024, "Năm 2024")
F = [
    fig("Bàn giao 4 nhà công vụ", "4", 4, "count", "nhà công vụ", "nhà công vụ bàn giao cho giáo viên cắm bản"),
    fig("Bốn công trình", "Bốn", 4, "count", "công trình", "công trình nhà công vụ giáo viên bàn giao"),
    fig("mức đầu tư 7,6 tỷ đồng", "7,6", 7.6e9, "money", "đồng", "tổng mức đầu tư bốn công trình nhà công vụ"),
    fig("gồm 24 phòng ở", "24", 24, "count", "phòng ở", "phòng ở của các nhà công vụ bàn giao"),
    fig("sàn 864 m2", "864", 864, "measure", "m2", "tổng diện tích sàn"),
    fig("có 1.146 cán bộ", "1.146", 1146, "count", "cán bộ, giáo viên, nhân viên",
        "cán bộ, giáo viên, nhân viên toàn huyện"),
    fig("tại 23 trường", "23", 23, "count", "trường", "trường học toàn huyện"),
    fig("với 127 điểm trường lẻ", "127", 127, "count", "điểm trường lẻ", "điểm trường lẻ"),
    fig("có 411 giáo viên cắm bản", "411", 411, "count", "giáo viên", "giáo viên cắm bản",
        total=1146, percent=35.9),
    fig("từ 15 đến 40 km", "15", 15, "measure", "km", "khoảng cách từ điểm trường đến trung tâm xã", value_max=40),
    fig("là 538 người", "538", 538, "count", "người", "giáo viên có nhu cầu về chỗ ở"),
    fig("được khoảng 60%", "60", 60, "percent", "%", "nhu cầu chỗ ở được nhà công vụ hiện có đáp ứng",
        approx="about"),
    fig("gần 210 giáo viên", "210", 210, "count", "giáo viên",
        "giáo viên phải ở nhờ nhà dân hoặc ở tạm trong phòng học cũ", approx="nearly"),
    fig("xây mới 17 nhà công vụ", "17", 17, "count", "nhà công vụ", "nhà công vụ xây mới", SINCE),
    fig("với 96 phòng", "96", 96, "count", "phòng", "phòng ở công vụ xây mới", SINCE),
    fig("hơn 28 tỷ đồng", "28", 28e9, "money", "đồng", "kinh phí xây mới nhà công vụ", SINCE, approx="over"),
    fig("sửa chữa 31 phòng", "31", 31, "count", "phòng", "phòng xuống cấp được sửa chữa", SINCE),
    fig("kinh phí 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "kinh phí sửa chữa phòng xuống cấp", SINCE),
    fig("thêm 6 nhà công vụ", "6", 6, "count", "nhà công vụ", "nhà công vụ xây thêm", Y24, status="target"),
    fig("trên 75%", "75", 75, "percent", "%", "tỷ lệ đáp ứng chỗ ở cho giáo viên", Y24,
        approx="over", status="target"),
    fig("trao 50 suất quà", "50", 50, "count", "suất quà", "suất quà trao cho giáo viên cắm bản"),
    fig("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng", "giá trị mỗi suất quà"),
]

COMMENTS = [
    "Cổng TTĐT huyện Mường Tè (Lai Châu): bàn giao 4 nhà công vụ giáo viên, 14/09/2023. Location = the district.",
    "'Bốn công trình' is a number word (count 4). 'khoảng 60%' has its own subject (nhà công vụ hiện có ... đáp ứng): its own percent figure,",
    "not a share of the 538 teachers. 'Từ năm 2021 đến nay' runs to the dateline and covers both clauses joined by 'đồng thời'.",
    "Distractors: 'Sáng 12/9', 'năm học 2023-2024', dateline time 10:20, 'Lò Văn Ba' (name), 'Thứ Năm'.",
]

if __name__ == "__main__":
    emit("p1051-2", TEXT, COMMENTS, F, published="2023-09-14", location="Mường Tè")
