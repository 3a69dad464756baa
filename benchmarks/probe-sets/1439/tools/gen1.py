"""p1439-1: province portal (Nghệ An): 9 months of certified translations, translation collaborators."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Tư pháp

Nghệ An: 9 tháng chứng thực chữ ký người dịch cho hơn 12.400 bản dịch

Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Tư pháp, 9 tháng đầu năm 2024, các phòng tư pháp cấp huyện và tổ chức hành nghề công chứng trên địa bàn tỉnh đã chứng thực chữ ký người dịch, công chứng bản dịch cho 12.438 bản dịch, tăng 18,6% so với cùng kỳ năm 2023. Trong đó, phòng tư pháp các huyện, thành phố, thị xã thực hiện 9.872 bản; các tổ chức hành nghề công chứng thực hiện 2.566 bản.

Giấy tờ cần dịch chủ yếu là hồ sơ đi làm việc ở nước ngoài và du học, tập trung vào tiếng Nhật, tiếng Hàn và tiếng Anh. Riêng tại TP Vinh, cao điểm tháng 8, bộ phận một cửa mỗi ngày tiếp nhận khoảng 120 hồ sơ chứng thực bản dịch.

Toàn tỉnh hiện có 146 cộng tác viên dịch thuật ký hợp đồng với phòng tư pháp cấp huyện, tăng 21 người so với cuối năm 2023; trong đó 58 người dịch tiếng Nhật, 37 người dịch tiếng Hàn. TP Vinh có nhiều cộng tác viên nhất với 41 người, tiếp đến là thị xã Hoàng Mai 14 người.

Theo Thông tư số 226/2016/TT-BTC, lệ phí chứng thực chữ ký người dịch là 10.000 đồng/trường hợp; thù lao dịch do người yêu cầu thỏa thuận với cộng tác viên, phổ biến từ 60.000 đến 150.000 đồng/trang tùy ngôn ngữ. Tổng lệ phí chứng thực 9 tháng ước đạt 1,27 tỷ đồng, bằng 84,7% kế hoạch năm.

Sở Tư pháp phấn đấu đến hết năm 2024 có ít nhất 160 cộng tác viên dịch thuật, bảo đảm mỗi huyện miền núi có tối thiểu 2 người.

Tin liên quan:
- Hội nghị tập huấn nghiệp vụ chứng thực năm 2024
- Hướng dẫn thủ tục chứng thực chữ ký người dịch

Sở Tư pháp Nghệ An - Số 16 Trường Thi, TP Vinh. Điện thoại: 0238.3844.512
"""

P9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
H9 = per("9 tháng", "2024-01-01", "2024-09-30")
T8 = per("tháng 8", "2024-08-01", "2024-08-31")
END24 = per("đến hết năm 2024", None, "2024-12-31")
VINH = "Vinh"

FIGS = [
    fig("hơn 12.400 bản dịch", "12.400", 12400, "count", "bản dịch", approx="over",
        subject="bản dịch được chứng thực chữ ký người dịch", period=H9),
    fig("cho 12.438 bản dịch", "12.438", 12438, "count", "bản dịch",
        change=chg("increase", 18.6, "%", "cùng kỳ năm 2023"),
        subject="bản dịch được chứng thực chữ ký người dịch, công chứng bản dịch", period=P9),
    fig("thực hiện 9.872 bản", "9.872", 9872, "count", "bản", total=12438,
        subject="bản dịch phòng tư pháp các huyện, thành phố, thị xã thực hiện", period=inh(P9)),
    fig("thực hiện 2.566 bản", "2.566", 2566, "count", "bản", total=12438,
        subject="bản dịch các tổ chức hành nghề công chứng thực hiện", period=inh(P9)),
    fig("khoảng 120 hồ sơ", "120", 120, "measure", "hồ sơ/ngày", approx="about",
        subject="hồ sơ chứng thực bản dịch bộ phận một cửa tiếp nhận mỗi ngày", period=T8, location=VINH),
    fig("có 146 cộng tác viên", "146", 146, "count", "cộng tác viên",
        change=chg("increase", 21, "người", "cuối năm 2023"),
        subject="cộng tác viên dịch thuật ký hợp đồng với phòng tư pháp cấp huyện"),
    fig("trong đó 58 người", "58", 58, "count", "người", total=146,
        subject="cộng tác viên dịch tiếng Nhật"),
    fig("37 người dịch", "37", 37, "count", "người", total=146,
        subject="cộng tác viên dịch tiếng Hàn"),
    fig("với 41 người", "41", 41, "count", "người", subject="cộng tác viên dịch thuật", location=VINH),
    fig("Hoàng Mai 14 người", "14", 14, "count", "người", subject="cộng tác viên dịch thuật",
        location="Hoàng Mai"),
    fig("là 10.000 đồng/trường hợp", "10.000", 10000, "money", "đồng/trường hợp",
        subject="lệ phí chứng thực chữ ký người dịch"),
    fig("từ 60.000 đến 150.000", "60.000", 60000, "money", "đồng/trang", value_max=150000,
        subject="thù lao dịch"),
    fig("ước đạt 1,27 tỷ", "1,27", 1.27e9, "money", "đồng", percent=84.7, status="estimate",
        subject="tổng lệ phí chứng thực", period=H9),
    fig("ít nhất 160 cộng tác viên", "160", 160, "count", "cộng tác viên", approx="at_least",
        status="target", subject="cộng tác viên dịch thuật", period=END24),
    fig("tối thiểu 2 người", "2", 2, "count", "người", approx="at_least", status="target",
        subject="cộng tác viên dịch thuật mỗi huyện miền núi", period=END24),
]

NOTES = [
    "Province portal (Nghệ An): breadcrumb, headline figure, 'Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.386', related links, footer.",
    "Headline '9 tháng' takes the year of published (nothing earlier). 9.872 + 2.566 = 12.438: parts after 'Trong đó' across a sentence break.",
    "'mỗi ngày tiếp nhận khoảng 120 hồ sơ' is a rate: measure, unit hồ sơ/ngày; place TP Vinh; period 'cao điểm tháng 8' (2024).",
    "'tăng 21 người so với cuối năm 2023' is a change in người. 'hiện có' gives no period. 41 (Vinh), 14 (Hoàng Mai) have no cue: no total.",
    "Fee set by a national circular but stated for the province: location kept Nghệ An. 'bằng 84,7% kế hoạch năm' is a percent attribute.",
    "'phấn đấu đến hết năm 2024 có ít nhất 160 …, bảo đảm … tối thiểu 2 người': both target, at_least, period null..2024-12-31.",
    "Distractors: Thông tư số 226/2016/TT-BTC, Lượt xem 1.386, 08:45, 'năm 2024' in a link, Số 16 Trường Thi, phone 0238.3844.512.",
]

if __name__ == "__main__":
    write("p1439-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Nghệ An")
