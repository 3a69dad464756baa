"""p1375-2: district portal (huyện Tam Đảo, Vĩnh Phúc): summer concert series, audience, tourists."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TAM ĐẢO - TỈNH VĨNH PHÚC
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Chuỗi "Đêm nhạc Tam Đảo mùa hè" đón gần 37.000 lượt khách

26/08/2024 - 10:20

Sau 12 tuần tổ chức (từ ngày 01/6 đến ngày 24/8/2024), chuỗi chương trình "Đêm nhạc Tam Đảo mùa hè" tại quảng trường thị trấn Tam Đảo đã diễn ra 24 đêm biểu diễn vào tối thứ Sáu và thứ Bảy hằng tuần, thu hút gần 37.000 lượt khách đến xem, gấp 1,5 lần mùa hè năm 2023.

Theo Phòng Văn hóa và Thông tin huyện, mỗi đêm diễn có từ 1.200 đến 2.000 khán giả; riêng đêm 10/8 với chủ đề "Hà Nội mùa thu" có khoảng 3.500 người, cao nhất từ trước đến nay. Khán giả chủ yếu là du khách từ Hà Nội; người dân địa phương chỉ chiếm chưa đến 15%. Ba chục ca sĩ, nhạc công của Nhà hát Ca múa nhạc Vĩnh Phúc và các câu lạc bộ âm nhạc trong huyện đã tham gia biểu diễn.

Từ tháng 6 đến tháng 8, thị trấn Tam Đảo đón khoảng 186.000 lượt khách du lịch, tăng 21% so với cùng kỳ; tổng doanh thu du lịch ước đạt 310 tỷ đồng. Vào cuối tuần, công suất buồng phòng của 148 cơ sở lưu trú trên địa bàn thường đạt trên 90%.

Năm 2025, huyện phấn đấu tổ chức ít nhất 30 đêm nhạc, thu hút 45.000 lượt khán giả. Kinh phí xã hội hóa dự kiến khoảng 1,8 tỷ đồng, bằng 75% tổng kinh phí tổ chức.

Tin khác:
- Tam Đảo ra quân bảo đảm trật tự đô thị dịp nghỉ lễ 2/9
- Hội nghị sơ kết công tác 6 tháng đầu năm 2024

Bản quyền thuộc UBND huyện Tam Đảo
Địa chỉ: Tổ dân phố Hợp Thịnh, thị trấn Hợp Châu, huyện Tam Đảo, tỉnh Vĩnh Phúc
Điện thoại: 0211.3896.215
"""

SERIES = per("từ ngày 01/6 đến ngày 24/8/2024", "2024-06-01", "2024-08-24")
N108 = per("đêm 10/8", "2024-08-10", "2024-08-10")
SUMMER = per("Từ tháng 6 đến tháng 8", "2024-06-01", "2024-08-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("đón gần 37.000", "37.000", 37000, "count", "lượt khách", approx="nearly",
        subject='lượt khách chuỗi "Đêm nhạc Tam Đảo mùa hè" đón'),
    fig("diễn ra 24 đêm", "24", 24, "count", "đêm biểu diễn", period=SERIES,
        subject='đêm biểu diễn của chuỗi chương trình "Đêm nhạc Tam Đảo mùa hè"'),
    fig("thu hút gần 37.000", "37.000", 37000, "count", "lượt khách", approx="nearly", period=SERIES,
        change=chg("increase", 1.5, "lần", "mùa hè năm 2023"), subject="lượt khách đến xem"),
    fig("từ 1.200 đến 2.000", "1.200", 1200, "measure", "khán giả/đêm", value_max=2000,
        subject="khán giả mỗi đêm diễn"),
    fig("khoảng 3.500 người", "3.500", 3500, "count", "người", approx="about", period=N108,
        subject='khán giả đêm 10/8 với chủ đề "Hà Nội mùa thu"'),
    fig("chưa đến 15%", "15", 15, "percent", "%", approx="under",
        subject="tỷ lệ người dân địa phương trong khán giả"),
    fig("Ba chục ca sĩ", "Ba chục", 30, "count", "ca sĩ, nhạc công",
        subject="ca sĩ, nhạc công tham gia biểu diễn"),
    fig("khoảng 186.000", "186.000", 186000, "count", "lượt khách du lịch", approx="about", period=SUMMER,
        change=chg("increase", 21, "%", "cùng kỳ"), subject="lượt khách du lịch thị trấn Tam Đảo đón"),
    fig("ước đạt 310 tỷ", "310", 310e9, "money", "đồng", status="estimate", period=SUMMER,
        subject="tổng doanh thu du lịch"),
    fig("của 148 cơ sở", "148", 148, "count", "cơ sở lưu trú", subject="cơ sở lưu trú trên địa bàn"),
    fig("trên 90%", "90", 90, "percent", "%", approx="over",
        subject="công suất buồng phòng của cơ sở lưu trú vào cuối tuần"),
    fig("ít nhất 30 đêm", "30", 30, "count", "đêm nhạc", approx="at_least", status="target", period=Y25,
        subject="đêm nhạc huyện tổ chức"),
    fig("thu hút 45.000", "45.000", 45000, "count", "lượt khán giả", status="target", period=Y25,
        subject="lượt khán giả"),
    fig("khoảng 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="about", status="forecast", percent=75,
        period=inh(Y25), subject="kinh phí xã hội hóa"),
]

NOTES = [
    "District portal (huyện Tam Đảo, Vĩnh Phúc): portal banner, menu, '26/08/2024 - 10:20' under the headline, 'Tin khác', footer.",
    "Distractors: 'Sau 12 tuần tổ chức' (a duration that only places the result in time), dates 01/6, 24/8/2024, 'đêm 10/8' (as a figure),",
    "'nghỉ lễ 2/9', '6 tháng đầu năm 2024' in a link title, phone 0211.3896.215, 'Nhà hát Ca múa nhạc Vĩnh Phúc'.",
    "'gấp 1,5 lần mùa hè năm 2023' is a change in 'lần'. 'mỗi đêm diễn có từ 1.200 đến 2.000 khán giả' is a rate: measure, 'khán giả/đêm'.",
    "'đêm 10/8' is a one-day period (year from 24/8/2024). 'Từ tháng 6 đến tháng 8' → June-August 2024.",
    "'Ba chục' = 30 (number words). 'chưa đến 15%' → under. Default location Tam Đảo (district and town share the name).",
    "'Kinh phí ... dự kiến khoảng 1,8 tỷ đồng, bằng 75%' → forecast with percent 75; 'Năm 2025' stands in the sentence before (inherited).",
]

if __name__ == "__main__":
    write("p1375-2", TEXT, NOTES, FIGS, published="2024-08-26", location="Tam Đảo")
