"""p1279-4: provincial Party newspaper (Báo Hòa Bình, tag '(HBĐT) -'): a visit to the provincial rehabilitation centre."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO HÒA BÌNH ĐIỆN TỬ
Trang chủ / Xã hội / Phòng, chống tệ nạn xã hội

Cơ sở cai nghiện ma túy tỉnh: Nơi giúp học viên làm lại cuộc đời

Thứ Ba, 25/06/2024 - 16:05

(HBĐT) - Nhân Ngày Quốc tế phòng, chống ma túy 26/6, phóng viên trở lại Cơ sở cai nghiện ma túy tỉnh tại xã Hòa Sơn, huyện Lương Sơn. Với quy mô 500 chỗ, hiện cơ sở đang quản lý, điều trị cho 563 học viên, trong đó 41 học viên nữ và 318 học viên cai nghiện bắt buộc.

6 tháng đầu năm, cơ sở tiếp nhận mới 287 học viên, cho tái hòa nhập cộng đồng 254 học viên. Đội ngũ của cơ sở gồm 46 cán bộ, viên chức, trong đó có 3 bác sĩ và 11 y sĩ, điều dưỡng.

Ông Bùi Văn Hạnh, Giám đốc cơ sở cho biết: "Khoảng 70% học viên khi vào cơ sở mắc các bệnh kèm theo như viêm gan, lao, HIV. Mỗi học viên được hỗ trợ tiền ăn 1,1 triệu đồng/tháng".

Bên cạnh điều trị, cơ sở tổ chức lao động trị liệu trên diện tích 3,5 ha trồng rau, cây ăn quả và chăn nuôi gần 200 con lợn, mỗi năm thu về khoảng 650 triệu đồng. Từ đầu năm đến nay, 126 học viên được học nghề mộc, may, sửa chữa xe máy; hơn hai chục học viên sau khi rời cơ sở được doanh nghiệp tại Khu công nghiệp Lương Sơn nhận vào làm việc.

Theo Sở Lao động - Thương binh và Xã hội, năm 2024 tỉnh phấn đấu tỷ lệ người nghiện có hồ sơ quản lý được điều trị, cai nghiện đạt 35-40%; tỷ lệ tái nghiện giảm xuống dưới 20%.

ĐINH THẮNG
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-25")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
LS = "Lương Sơn"

FIGS = [
    fig("quy mô 500 chỗ", "500", 500, "count", "chỗ", subject="quy mô cơ sở cai nghiện ma túy tỉnh", location=LS),
    fig("cho 563 học viên", "563", 563, "count", "học viên", subject="học viên cơ sở đang quản lý, điều trị",
        location=LS),
    fig("41 học viên nữ", "41", 41, "count", "học viên", total=563, subject="học viên nữ", location=LS),
    fig("318 học viên", "318", 318, "count", "học viên", total=563, subject="học viên cai nghiện bắt buộc",
        location=LS),
    fig("mới 287 học viên", "287", 287, "count", "học viên", subject="học viên cơ sở tiếp nhận mới",
        period=H1, location=LS),
    fig("đồng 254 học viên", "254", 254, "count", "học viên", subject="học viên cho tái hòa nhập cộng đồng",
        period=H1, location=LS),
    fig("gồm 46 cán bộ", "46", 46, "count", "cán bộ, viên chức", subject="đội ngũ cán bộ, viên chức của cơ sở",
        location=LS),
    fig("có 3 bác sĩ", "3", 3, "count", "bác sĩ", total=46, subject="bác sĩ", location=LS),
    fig("và 11 y sĩ", "11", 11, "count", "y sĩ, điều dưỡng", total=46, subject="y sĩ, điều dưỡng", location=LS),
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="học viên khi vào cơ sở mắc các bệnh kèm theo", location=LS),
    fig("ăn 1,1 triệu", "1,1", 1.1e6, "money", "đồng/tháng", subject="tiền ăn hỗ trợ mỗi học viên", location=LS),
    fig("tích 3,5 ha", "3,5", 3.5, "measure", "ha", subject="diện tích lao động trị liệu", location=LS),
    fig("gần 200 con", "200", 200, "count", "con lợn", approx="nearly", subject="lợn chăn nuôi", location=LS),
    fig("khoảng 650 triệu", "650", 650e6, "money", "đồng/năm", approx="about",
        subject="thu từ lao động trị liệu mỗi năm", location=LS),
    fig("nay, 126 học viên", "126", 126, "count", "học viên", subject="học viên được học nghề", period=YTD,
        location=LS),
    fig("hơn hai chục", "hai", 20, "count", "học viên", approx="over",
        subject="học viên sau khi rời cơ sở được doanh nghiệp nhận vào làm việc", period=YTD, location=LS),
    fig("đạt 35-40%", "35", 35, "percent", "%", value_max=40, status="target",
        subject="tỷ lệ người nghiện có hồ sơ quản lý được điều trị, cai nghiện", period=Y24),
    fig("dưới 20%", "20", 20, "percent", "%", approx="under", status="target",
        subject="tỷ lệ tái nghiện", period=Y24),
]

NOTES = [
    "Provincial Party newspaper (Báo Hòa Bình): breadcrumb, 'Thứ Ba, 25/06/2024 - 16:05', tag '(HBĐT) -', byline at the end.",
    "Distractors: 16:05, 'Ngày Quốc tế phòng, chống ma túy 26/6', 'Khu công nghiệp Lương Sơn' (a name), '(HBĐT)'.",
    "The centre stands in xã Hòa Sơn, huyện Lương Sơn: all figures of the visit (paragraphs 1-4) are located in Lương Sơn;",
    "the last paragraph (Sở LĐ-TB&XH, 'tỉnh') is Hòa Bình.",
    "'trong đó 41 học viên nữ và 318 học viên cai nghiện bắt buộc' → both parts of 563 (two cuts of the same whole); 3 and 11 of 46.",
    "Year-less '6 tháng đầu năm' → 2024 (dateline); 'Từ đầu năm đến nay' ends at the dateline; 'hơn hai chục' = over 20.",
    "'1,1 triệu đồng/tháng' keeps the unit as written; 'mỗi năm thu về khoảng 650 triệu đồng' is a yearly rate (đồng/năm).",
    "'năm 2024 tỉnh phấn đấu … đạt 35-40%; … dưới 20%' → both target, period 2024; 35-40% is a range.",
    "The quote's standing facts (70%, 1,1 triệu) and the capacity have no period.",
]

if __name__ == "__main__":
    write("p1279-4", TEXT, NOTES, FIGS, published="2024-06-25", location="Hòa Bình")
