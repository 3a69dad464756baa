"""p1334-2: district portal (huyện Mường Khương, Lào Cai): donated notebooks, school kits, textbooks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG KHƯƠNG - TỈNH LÀO CAI
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội | Chuyển đổi số

Trao hơn 5.000 cuốn vở cho học sinh vùng cao

Ngày đăng: 03/09/2024 | Tác giả: Thu Hà - Trung tâm Văn hóa, Thể thao và Truyền thông huyện

Sáng 2/9, tại Trường Phổ thông dân tộc bán trú Tiểu học số 2 xã Bản Lầu, Huyện đoàn Mường Khương phối hợp với Công ty TNHH Văn phòng phẩm Minh Tâm (Hà Nội) tổ chức chương trình "Tiếp sức đến trường" năm 2024.

Tại chương trình, đoàn đã trao tặng 5.200 cuốn vở, 1.350 bộ đồ dùng học tập, 320 chiếc cặp sách và 60 suất học bổng, mỗi suất 500.000 đồng cho học sinh có hoàn cảnh khó khăn. Tổng trị giá quà tặng khoảng 265 triệu đồng. Mỗi em được nhận từ 8 đến 10 cuốn vở cùng bút, thước kẻ và hộp màu.

Năm học 2024-2025, toàn huyện có 42 trường học với hơn 14.500 học sinh, trong đó học sinh dân tộc thiểu số chiếm gần 87%. Từ đầu tháng 8 đến nay, Phòng Giáo dục và Đào tạo huyện đã vận động các tổ chức, cá nhân ủng hộ 3.860 bộ sách giáo khoa, 12.400 cuốn vở và ba chục bộ bàn ghế cho hai điểm trường mới ở xã Tả Ngải Chồ và xã Pha Long, tổng giá trị hơn 1,1 tỷ đồng, gấp 1,5 lần năm học trước.

Theo bà Lù Thị Mai, Phó Chủ tịch UBND huyện, tỷ lệ huy động trẻ 6 tuổi vào lớp 1 của huyện đạt 99,8%. Huyện phấn đấu đến năm 2025 có ít nhất 95% học sinh tiểu học được mượn hoặc được tặng đủ sách giáo khoa.

Tin khác:
- Mường Khương tổng kết công tác hè năm 2024
- Hội nghị triển khai nhiệm vụ năm học mới

Cơ quan chủ quản: UBND huyện Mường Khương. Địa chỉ: Tổ dân phố số 3, thị trấn Mường Khương. Điện thoại: 0214.3881.234
"""

SY = per("Năm học 2024-2025", "2024-09-01", "2025-05-31")
AUG = per("Từ đầu tháng 8 đến nay", "2024-08-01", "2024-09-03")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Trao hơn 5.000 cuốn", "5.000", 5000, "count", "cuốn vở", approx="over",
        subject="vở trao cho học sinh vùng cao"),
    fig("trao tặng 5.200 cuốn", "5.200", 5200, "count", "cuốn vở", subject="vở đoàn trao tặng"),
    fig("1.350 bộ đồ dùng", "1.350", 1350, "count", "bộ đồ dùng học tập",
        subject="bộ đồ dùng học tập đoàn trao tặng"),
    fig("320 chiếc cặp", "320", 320, "count", "chiếc cặp sách", subject="cặp sách đoàn trao tặng"),
    fig("60 suất học bổng", "60", 60, "count", "suất học bổng", subject="suất học bổng đoàn trao tặng"),
    fig("mỗi suất 500.000 đồng", "500.000", 500000, "money", "đồng/suất", subject="giá trị mỗi suất học bổng"),
    fig("khoảng 265 triệu", "265", 265e6, "money", "đồng", approx="about", subject="tổng trị giá quà tặng"),
    fig("từ 8 đến 10 cuốn", "8", 8, "measure", "cuốn vở/em", value_max=10,
        subject="vở mỗi em được nhận"),
    fig("có 42 trường", "42", 42, "count", "trường học", subject="trường học toàn huyện", period=SY),
    fig("hơn 14.500 học sinh", "14.500", 14500, "count", "học sinh", approx="over",
        subject="học sinh toàn huyện", period=SY),
    fig("chiếm gần 87%", "87", 87, "percent", "%", approx="nearly",
        subject="học sinh dân tộc thiểu số", period=SY),
    fig("ủng hộ 3.860 bộ", "3.860", 3860, "count", "bộ sách giáo khoa",
        subject="sách giáo khoa các tổ chức, cá nhân ủng hộ", period=AUG),
    fig("12.400 cuốn vở", "12.400", 12400, "count", "cuốn vở",
        subject="vở các tổ chức, cá nhân ủng hộ", period=AUG),
    fig("ba chục bộ bàn ghế", "ba chục", 30, "count", "bộ bàn ghế",
        subject="bàn ghế các tổ chức, cá nhân ủng hộ", period=AUG),
    fig("cho hai điểm trường", "hai", 2, "count", "điểm trường", subject="điểm trường mới", period=AUG),
    fig("hơn 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="over",
        change=chg("increase", 1.5, "lần", "năm học trước"),
        subject="tổng giá trị ủng hộ", period=AUG),
    fig("trẻ 6 tuổi", "6", 6, "measure", "tuổi", optional=True),
    fig("đạt 99,8%", "99,8", 99.8, "percent", "%", subject="tỷ lệ huy động trẻ 6 tuổi vào lớp 1"),
    fig("ít nhất 95%", "95", 95, "percent", "%", approx="at_least", status="target",
        subject="học sinh tiểu học được mượn hoặc được tặng đủ sách giáo khoa", period=T25),
]

NOTES = [
    "District portal (huyện Mường Khương, Lào Cai): banner naming the district, 'Ngày đăng: 03/09/2024', 'Tin khác', footer address and phone.",
    "Distractors: 'Sáng 2/9', 'Tiểu học số 2', 'năm 2024' as the edition of the programme, 'lớp 1', 'Tổ dân phố số 3', phone 0214.3881.234,",
    "'năm 2024' in a related link. All figures are located in the district (xã Bản Lầu, Tả Ngải Chồ, Pha Long are its communes).",
    "The donation event figures carry no period ('Sáng 2/9' is the event's day, in another sentence; not annotated).",
    "'Mỗi em được nhận từ 8 đến 10 cuốn vở' is a per-pupil rate: measure, unit 'cuốn vở/em', range.",
    "'trong đó học sinh dân tộc thiểu số chiếm gần 87%' is a percent figure of its own (share of a part, not an attribute of 14.500).",
    "'Từ đầu tháng 8 đến nay' ends at the dateline 2024-09-03 and governs the whole ủng hộ clause (ba chục = 30, hai = 2).",
    "'gấp 1,5 lần năm học trước' → change increase 1.5 lần. 'trẻ 6 tuổi' is an age in a definition: optional.",
    "School year 'Năm học 2024-2025' = 2024-09-01..2025-05-31 (choice, see REPORT).",
]

if __name__ == "__main__":
    write("p1334-2", TEXT, NOTES, FIGS, published="2024-09-03", location="Mường Khương")
