"""p1051-5: Party/provincial newspaper (Báo Kon Tum style), huyện Tu Mơ Rông, byline and bare date at the end, 2025."""
from lib import emit, fig, per, year, ch

TEXT = """Nhà công vụ - "điểm tựa" giữ chân giáo viên vùng khó

Những năm qua, huyện Tu Mơ Rông quan tâm đầu tư nhà công vụ cho giáo viên ở các điểm trường lẻ. Tuy nhiên, số phòng ở hiện có vẫn chưa đáp ứng đủ nhu cầu.

Điểm trường Long Láy 1 của Trường Mầm non Măng Ri nằm cách trung tâm huyện gần 35 km. Trước đây, 6 giáo viên của điểm trường phải ở chung trong một phòng học cũ rộng khoảng 30 m2. Đầu năm học 2024-2025, dãy nhà công vụ 3 phòng được xây mới với kinh phí 1,35 tỷ đồng đã đưa vào sử dụng; mỗi phòng rộng 20 m2, có khu vệ sinh khép kín.

"Có chỗ ở ổn định, chúng tôi yên tâm bám làng, bám lớp. Trước đây, mỗi tuần tôi phải đi về hơn 70 km, giờ chỉ về nhà vào cuối tuần", cô Y Thị Hoa chia sẻ.

Theo Phòng Giáo dục và Đào tạo huyện, toàn huyện hiện có 612 giáo viên, trong đó 274 giáo viên công tác tại 58 điểm trường lẻ. Số phòng ở công vụ hiện có là 96 phòng. Tỷ lệ đáp ứng nhu cầu chỗ ở của giáo viên mới đạt khoảng 55%. Năm 2024, huyện đầu tư xây mới 5 nhà công vụ với tổng kinh phí 6,2 tỷ đồng, tăng gần 1,8 lần so với năm 2023.

Năm 2025, huyện dự kiến xây thêm 4 nhà công vụ tại các xã Măng Ri, Đăk Sao, Tu Mơ Rông và Văn Xuôi với khoảng 20 phòng ở, tổng vốn khoảng 5,4 tỷ đồng. Theo Sở Giáo dục và Đào tạo, toàn tỉnh Kon Tum hiện còn thiếu khoảng 1.050 phòng ở công vụ cho giáo viên.

MINH KHOA

17/03/2025
"""

Y24 = year(2024, "Năm 2024")
Y25 = year(2025, "Năm 2025")
F = [
    fig("gần 35 km", "35", 35, "measure", "km", "khoảng cách từ điểm trường Long Láy 1 đến trung tâm huyện",
        approx="nearly"),
    fig("Trước đây, 6 giáo viên", "6", 6, "count", "giáo viên", "giáo viên của điểm trường ở chung phòng học cũ"),
    fig("khoảng 30 m2", "30", 30, "measure", "m2", "diện tích phòng học cũ", approx="about"),
    fig("công vụ 3 phòng", "3", 3, "count", "phòng", "phòng của dãy nhà công vụ xây mới"),
    fig("kinh phí 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "kinh phí xây mới dãy nhà công vụ"),
    fig("rộng 20 m2", "20", 20, "measure", "m2", "diện tích mỗi phòng"),
    fig("hơn 70 km", "70", 70, "measure", "km", "quãng đường đi về mỗi tuần", approx="over"),
    fig("có 612 giáo viên", "612", 612, "count", "giáo viên", "giáo viên toàn huyện"),
    fig("trong đó 274 giáo viên", "274", 274, "count", "giáo viên", "giáo viên công tác tại điểm trường lẻ",
        total=612),
    fig("tại 58 điểm trường lẻ", "58", 58, "count", "điểm trường lẻ", "điểm trường lẻ"),
    fig("là 96 phòng", "96", 96, "count", "phòng", "phòng ở công vụ hiện có"),
    fig("khoảng 55%", "55", 55, "percent", "%", "tỷ lệ đáp ứng nhu cầu chỗ ở của giáo viên", approx="about"),
    fig("xây mới 5 nhà công vụ", "5", 5, "count", "nhà công vụ", "nhà công vụ xây mới", Y24),
    fig("kinh phí 6,2 tỷ đồng", "6,2", 6.2e9, "money", "đồng", "tổng kinh phí xây mới nhà công vụ", Y24,
        change=ch("increase", 1.8, "lần", "năm 2023", approx="nearly")),
    fig("thêm 4 nhà công vụ", "4", 4, "count", "nhà công vụ", "nhà công vụ xây thêm", Y25, status="forecast"),
    fig("khoảng 20 phòng ở", "20", 20, "count", "phòng ở", "phòng ở xây thêm", Y25, approx="about",
        status="forecast"),
    fig("khoảng 5,4 tỷ đồng", "5,4", 5.4e9, "money", "đồng", "tổng vốn xây thêm nhà công vụ", Y25, approx="about",
        status="forecast"),
    fig("khoảng 1.050 phòng", "1.050", 1050, "count", "phòng ở công vụ", "phòng ở công vụ cho giáo viên còn thiếu",
        approx="about", location="Kon Tum"),
]

COMMENTS = [
    "Báo Kon Tum style feature: nhà công vụ giáo viên huyện Tu Mơ Rông; byline MINH KHOA and bare date 17/03/2025 at the end.",
    "Location = the district (Tu Mơ Rông) except the provincial shortage (Kon Tum). 'Đầu năm học 2024-2025' and 'Trước đây' give no period.",
    "The quoted teacher's 'hơn 70 km' each week is a stated fact (measure). 'tăng gần 1,8 lần' is the change of 6,2 tỷ.",
    "Distractors: 'Long Láy 1' (name with a number), 'năm học 2024-2025', bare date, 'Y Thị Hoa'.",
]

if __name__ == "__main__":
    emit("p1051-5", TEXT, COMMENTS, F, published="2025-03-17", location="Tu Mơ Rông")
