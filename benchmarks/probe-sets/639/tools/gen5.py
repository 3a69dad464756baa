import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, write

TEXT = """Đại học Thái Nguyên mở rộng hợp tác quốc tế trong đào tạo

(Báo Thái Nguyên) - Năm 2023, Đại học Thái Nguyên (ĐHTN) đã tiếp nhận 1.085 lưu học sinh nước ngoài đến học tập, nghiên cứu, gấp 1,6 lần năm 2020; đồng thời mời 214 lượt giảng viên, chuyên gia nước ngoài đến giảng dạy, trao đổi học thuật.

Trong số lưu học sinh đang theo học, sinh viên Lào chiếm tới 78,4%, còn lại đến từ Campuchia, Mông Cổ, Mozambique, Hàn Quốc… Riêng Trường Đại học Nông Lâm hiện có 326 lưu học sinh theo học các chương trình tiên tiến giảng dạy bằng tiếng Anh, trong đó khóa 18 vừa khai giảng tháng 9 vừa qua.

Hiện ĐHTN đang triển khai 17 chương trình liên kết đào tạo với các trường đại học nước ngoài, trong đó 5 chương trình cấp bằng tiến sĩ, 9 chương trình thạc sĩ và 3 chương trình đại học; quy mô tuyển sinh mỗi năm khoảng 350 - 400 học viên, sinh viên.

Năm 2023, toàn Đại học có 436 lượt cán bộ, giảng viên đi học tập, công tác ở nước ngoài, tăng 52 lượt so với năm trước; trong đó 63 lượt đi đào tạo tiến sĩ theo Đề án 89 với tổng kinh phí được cấp hơn 41 tỷ đồng. Tỷ lệ giảng viên có trình độ tiến sĩ của ĐHTN hiện đạt 41,2%, cao hơn mức bình quân chung cả nước (khoảng 33%).

Theo PGS.TS Hoàng Văn Hùng, Giám đốc ĐHTN, thời gian tới, Đại học tiếp tục đẩy mạnh quốc tế hóa, phấn đấu đến năm 2025 thu hút 1.500 lưu học sinh và có ít nhất 20% học phần thuộc các chương trình đào tạo sau đại học được giảng dạy bằng tiếng Anh. Đại học cũng dự kiến mở thêm 4 chương trình liên kết với các đối tác Hàn Quốc và Australia trong năm 2024.

Thu Hằng
12/01/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("tiếp nhận 1.085 lưu học sinh", "1.085", 1085, "count", "lưu học sinh",
        "lưu học sinh nước ngoài đến học tập, nghiên cứu", Y23, change=chg("increase", 1.6, "lần", "năm 2020")),
    fig("mời 214 lượt", "214", 214, "count", "lượt giảng viên, chuyên gia",
        "lượt giảng viên, chuyên gia nước ngoài đến giảng dạy, trao đổi học thuật", Y23),
    fig("chiếm tới 78,4%", "78,4", 78.4, "percent", "%", "sinh viên Lào trong số lưu học sinh đang theo học"),
    fig("có 326 lưu học sinh", "326", 326, "count", "lưu học sinh",
        "lưu học sinh Trường Đại học Nông Lâm theo học các chương trình tiên tiến giảng dạy bằng tiếng Anh"),
    fig("triển khai 17 chương trình", "17", 17, "count", "chương trình", "chương trình liên kết đào tạo với các trường đại học nước ngoài"),
    fig("5 chương trình cấp", "5", 5, "count", "chương trình", "chương trình liên kết đào tạo cấp bằng tiến sĩ", total=17),
    fig("9 chương trình thạc sĩ", "9", 9, "count", "chương trình", "chương trình liên kết đào tạo thạc sĩ", total=17),
    fig("3 chương trình đại học", "3", 3, "count", "chương trình", "chương trình liên kết đào tạo đại học", total=17),
    fig("khoảng 350 - 400", "350", 350, "count", "học viên, sinh viên",
        "quy mô tuyển sinh mỗi năm của các chương trình liên kết đào tạo", value_max=400, approx="about"),
    fig("có 436 lượt", "436", 436, "count", "lượt cán bộ, giảng viên", "lượt cán bộ, giảng viên đi học tập, công tác ở nước ngoài",
        Y23, change=chg("increase", 52, "lượt", "năm trước")),
    fig("63 lượt", "63", 63, "count", "lượt", "lượt cán bộ, giảng viên đi đào tạo tiến sĩ theo Đề án 89", Y23, total=436),
    fig("hơn 41 tỷ đồng", "41", 41e9, "money", "đồng", "tổng kinh phí được cấp đào tạo tiến sĩ theo Đề án 89", Y23,
        approx="over"),
    fig("đạt 41,2%", "41,2", 41.2, "percent", "%", "tỷ lệ giảng viên có trình độ tiến sĩ của ĐHTN"),
    fig("(khoảng 33%)", "33", 33, "percent", "%", "tỷ lệ giảng viên có trình độ tiến sĩ bình quân chung cả nước",
        approx="about", location="Việt Nam"),
    fig("thu hút 1.500 lưu học sinh", "1.500", 1500, "count", "lưu học sinh", "lưu học sinh thu hút", T25, status="target"),
    fig("ít nhất 20%", "20", 20, "percent", "%",
        "học phần thuộc các chương trình đào tạo sau đại học được giảng dạy bằng tiếng Anh", T25,
        approx="at_least", status="target"),
    fig("thêm 4 chương trình", "4", 4, "count", "chương trình", "chương trình liên kết mở thêm",
        per("năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Probe 639-5. Party newspaper (Báo Thái Nguyên): '(Báo Thái Nguyên) -' lead, byline and bare date 12/01/2024 at the end.",
    "International cooperation of Đại học Thái Nguyên: foreign students, visiting lecturers, joint programmes, staff abroad.",
    "Not figures: 'khóa 18' (a cohort name), 'tháng 9', 'Đề án 89', 'năm 2020' as a baseline, the date line.",
    "'gấp 1,6 lần năm 2020' follows 1.085 and is its change (lần), not a multiple of its own. 'tăng 52 lượt so với năm trước' is",
    "the change of 436; '63 lượt' after 'trong đó' takes 436 as total. 'cao hơn … (khoảng 33%)': the national average is its own",
    "percent figure (a percent after a percent), location Việt Nam. 'Hiện'/'hiện có' give no period.",
]

if __name__ == "__main__":
    write("p639-5", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Thái Nguyên")
