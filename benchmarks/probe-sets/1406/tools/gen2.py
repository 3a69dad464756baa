"""p1406-2: district portal (huyện Mèo Vạc, Hà Giang): Ngày hội 'Tiếng Việt của chúng em', district preschool figures."""
from lib import fig, per, year, school, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÈO VẠC - TỈNH HÀ GIANG
Trang chủ | Tin tức | Giáo dục - Đào tạo | Văn bản

Sôi nổi Ngày hội "Tiếng Việt của chúng em" năm 2024
Ngày đăng: 28/03/2024

Sáng 27/3, tại Trường PTDTBT Tiểu học Sủng Trà, Phòng Giáo dục và Đào tạo huyện tổ chức Ngày hội "Tiếng Việt của chúng em" cho học sinh dân tộc thiểu số. Tham gia ngày hội có 72 học sinh lớp 1, lớp 2 đến từ 18 trường tiểu học trên địa bàn huyện. Các em thi kể chuyện, đọc thơ, giới thiệu bản thân bằng tiếng Việt. Ban tổ chức trao 24 giải (2 giải Nhất, 5 giải Nhì, 7 giải Ba và 10 giải Khuyến khích).

Mèo Vạc có 98,6% dân số là người dân tộc thiểu số, chủ yếu là người Mông. Năm học 2023-2024, toàn huyện có 19 trường mầm non với 9.847 trẻ, trong đó trẻ 5 tuổi là 2.315 em; 100% trẻ 5 tuổi được học chương trình làm quen với tiếng Việt. Tuy nhiên, vẫn còn khoảng 15% trẻ khi vào lớp 1 chưa nói thạo tiếng Việt, tập trung ở các xã vùng cao như Sơn Vĩ, Thượng Phùng, Xín Cái.

Hiện huyện có 46 giáo viên người Mông dạy song ngữ tại các lớp mẫu giáo ghép, mỗi lớp từ 20 đến 25 trẻ. Ông Vàng Mí Sính, Trưởng phòng Giáo dục và Đào tạo huyện cho biết: "Năm 2024, huyện phấn đấu giảm tỷ lệ trẻ chưa thạo tiếng Việt khi vào lớp 1 xuống dưới 10%, đồng thời mở hai lớp bồi dưỡng tiếng Mông cho khoảng 60 giáo viên người Kinh".

Tin khác:
- Nâng cao chất lượng giáo dục vùng đồng bào dân tộc thiểu số
- Sơ kết học kỳ I năm học 2023-2024 khối tiểu học

Cơ quan chủ quản: UBND huyện Mèo Vạc
Địa chỉ: Tổ 3, thị trấn Mèo Vạc, huyện Mèo Vạc, tỉnh Hà Giang
Điện thoại: 0219.3871.168
"""

SY = school("Năm học 2023-2024", 2023)
Y24 = year("Năm 2024", 2024)
PRIZE = "giải ban tổ chức trao"

FIGS = [
    fig("có 72 học sinh", "72", 72, "count", "học sinh", subject="học sinh tham gia ngày hội"),
    fig("từ 18 trường", "18", 18, "count", "trường", subject="trường tiểu học có học sinh tham gia"),
    fig("trao 24 giải", "24", 24, "count", "giải", subject=PRIZE),
    fig("(2 giải Nhất", "2", 2, "count", "giải", total=24, subject="giải Nhất"),
    fig("5 giải Nhì", "5", 5, "count", "giải", total=24, subject="giải Nhì"),
    fig("7 giải Ba", "7", 7, "count", "giải", total=24, subject="giải Ba"),
    fig("10 giải Khuyến khích", "10", 10, "count", "giải", total=24, subject="giải Khuyến khích"),
    fig("có 98,6%", "98,6", 98.6, "percent", "%", subject="dân số là người dân tộc thiểu số"),
    fig("có 19 trường", "19", 19, "count", "trường", subject="trường mầm non", period=SY),
    fig("với 9.847 trẻ", "9.847", 9847, "count", "trẻ", subject="trẻ mầm non", period=SY),
    fig("là 2.315 em", "2.315", 2315, "count", "em", total=9847, subject="trẻ 5 tuổi", period=SY),
    fig("; 100% trẻ", "100", 100, "percent", "%",
        subject="trẻ 5 tuổi được học chương trình làm quen với tiếng Việt", period=SY),
    fig("khoảng 15%", "15", 15, "percent", "%", approx="about",
        subject="trẻ khi vào lớp 1 chưa nói thạo tiếng Việt", period=inh(SY)),
    fig("có 46 giáo viên", "46", 46, "count", "giáo viên",
        subject="giáo viên người Mông dạy song ngữ tại các lớp mẫu giáo ghép"),
    fig("từ 20 đến 25", "20", 20, "measure", "trẻ/lớp", value_max=25,
        subject="trẻ mỗi lớp mẫu giáo ghép"),
    fig("dưới 10%", "10", 10, "percent", "%", approx="under", status="target",
        subject="tỷ lệ trẻ chưa thạo tiếng Việt khi vào lớp 1", period=Y24),
    fig("mở hai lớp", "hai", 2, "count", "lớp", status="target", subject="lớp bồi dưỡng tiếng Mông",
        period=Y24),
    fig("khoảng 60 giáo viên", "60", 60, "count", "giáo viên", approx="about", status="target",
        subject="giáo viên người Kinh được bồi dưỡng tiếng Mông", period=Y24),
]

NOTES = [
    "District portal (huyện Mèo Vạc, Hà Giang): banner naming the district, menu, 'Ngày đăng: 28/03/2024', 'Tin khác', footer address and phone.",
    "Distractors: 'Sáng 27/3', 'lớp 1, lớp 2', 'trẻ 5 tuổi' (age label), 'học kỳ I năm học 2023-2024', 'Tổ 3', phone 0219.3871.168,",
    "and the edition name 'Ngày hội ... năm 2024' (a label; the festival figures get no period).",
    "'24 giải (2 giải Nhất, 5 giải Nhì, 7 giải Ba và 10 giải Khuyến khích)': bracketed breakdown adding up to 24 -> total 24.",
    "'trong đó trẻ 5 tuổi là 2.315 em' -> total 9.847, unit 'em' (the counter the text uses).",
    "'mỗi lớp từ 20 đến 25 trẻ' is a per-class rate: measure 'trẻ/lớp', range. The quoted 2024 plan is 'phấn đấu' -> target.",
    "All figures describe the district: location Mèo Vạc (the communes Sơn Vĩ, Thượng Phùng, Xín Cái only locate where the 15% is concentrated).",
]

if __name__ == "__main__":
    write("p1406-2", TEXT, NOTES, FIGS, published="2024-03-28", location="Mèo Vạc")
