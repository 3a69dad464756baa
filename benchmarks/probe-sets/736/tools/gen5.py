"""p736-5: Party newspaper (Hải Phòng), Chuyến xe mùa xuân 2025, thưởng Tết, nợ lương; byline and date at the end."""
from lib import fig, emit, year, asof, period, inh, change

TEXT = """Chuyến xe mùa xuân đưa 4.200 công nhân về quê đón Tết

Sáng 13/1, tại Cung Văn hóa Lao động hữu nghị Việt - Tiệp (số 14 Trần Phú, quận Ngô Quyền), Liên đoàn Lao động thành phố Hải Phòng tổ chức chương trình "Chuyến xe mùa xuân" năm 2025, đưa 4.200 đoàn viên, công nhân lao động về quê đón Tết Nguyên đán Ất Tỵ.

Năm nay, Liên đoàn Lao động thành phố bố trí 84 chuyến xe miễn phí, tăng 12 chuyến so với năm trước, đưa công nhân về các tỉnh miền Bắc, miền Trung; nhiều nhất là Thanh Hóa (1.150 người), Nghệ An (870 người) và Thái Bình (640 người). Ngoài ra, 1.500 công nhân ở xa được hỗ trợ tiền vé tàu, vé máy bay với mức 1 triệu đồng/người. Tổng kinh phí chương trình hơn 3,6 tỷ đồng, trong đó nguồn xã hội hóa chiếm 40%.

Theo Sở Lao động - Thương binh và Xã hội, mức thưởng Tết Nguyên đán bình quân tại các doanh nghiệp trên địa bàn thành phố ước đạt 7,3 triệu đồng/người, cao hơn 0,9 triệu đồng so với Tết năm trước. Mức thưởng cao nhất là 680 triệu đồng/người thuộc một doanh nghiệp FDI trong khu công nghiệp DEEP C, thấp nhất 500.000 đồng/người. Khoảng 92% doanh nghiệp đã xây dựng phương án thưởng Tết.

Đến ngày 10/1, toàn thành phố còn 5 doanh nghiệp nợ lương với 1.328 lao động, số tiền khoảng 9,6 tỷ đồng. Liên đoàn Lao động thành phố đã cử cán bộ làm việc trực tiếp với các doanh nghiệp này, đề nghị trả lương trước ngày 25/1.

Phát biểu tại chương trình, đồng chí Chủ tịch Liên đoàn Lao động thành phố mong muốn mỗi chuyến xe là món quà ý nghĩa gửi tới người lao động sau một năm làm việc vất vả.

THU HẰNG
14/01/2025
"""

Y25 = year(2025)
NAM_NAY = year(2025, "Năm nay")
ASOF = asof("Đến ngày 10/1", "2025-01-10")
HOME = "công nhân được đưa về quê đón Tết bằng chuyến xe mùa xuân"

FIGS = [
    fig("đưa 4.200 công nhân", "4.200", 4200, "count", "công nhân", HOME),
    fig("đưa 4.200 đoàn viên", "4.200", 4200, "count", "đoàn viên, công nhân lao động",
        "đoàn viên, công nhân lao động được đưa về quê đón Tết", Y25),
    fig("bố trí 84 chuyến", "84", 84, "count", "chuyến xe", "chuyến xe miễn phí", NAM_NAY,
        change=change("increase", 12, unit="chuyến", baseline="năm trước")),
    fig("Thanh Hóa (1.150", "1.150", 1150, "count", "người", HOME, NAM_NAY, location="Thanh Hóa"),
    fig("Nghệ An (870", "870", 870, "count", "người", HOME, NAM_NAY, location="Nghệ An"),
    fig("Thái Bình (640", "640", 640, "count", "người", HOME, NAM_NAY, location="Thái Bình"),
    fig("Ngoài ra, 1.500 công nhân", "1.500", 1500, "count", "công nhân",
        "công nhân ở xa được hỗ trợ tiền vé tàu, vé máy bay", inh(NAM_NAY)),
    fig("mức 1 triệu", "1", 1e6, "money", "đồng/người", "mức hỗ trợ tiền vé tàu, vé máy bay", inh(NAM_NAY)),
    fig("hơn 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", "tổng kinh phí chương trình", inh(NAM_NAY), approx="over"),
    fig("chiếm 40%", "40", 40, "percent", "%", "nguồn xã hội hóa trong tổng kinh phí chương trình", inh(NAM_NAY)),
    fig("ước đạt 7,3 triệu", "7,3", 7.3e6, "money", "đồng/người", "mức thưởng Tết Nguyên đán bình quân",
        status="estimate", change=change("increase", 900000, unit="đồng", baseline="Tết năm trước")),
    fig("là 680 triệu", "680", 680e6, "money", "đồng/người", "mức thưởng Tết cao nhất"),
    fig("thấp nhất 500.000", "500.000", 500000, "money", "đồng/người", "mức thưởng Tết thấp nhất"),
    fig("Khoảng 92% doanh nghiệp", "92", 92, "percent", "%", "doanh nghiệp đã xây dựng phương án thưởng Tết",
        approx="about"),
    fig("còn 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp nợ lương", ASOF),
    fig("với 1.328 lao động", "1.328", 1328, "count", "lao động", "lao động bị nợ lương", ASOF),
    fig("khoảng 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", "số tiền nợ lương", ASOF, approx="about"),
]

COMMENTS = [
    "Party newspaper (Báo Hải Phòng style): Chuyến xe mùa xuân 2025, thưởng Tết Ất Tỵ, nợ lương; byline + bare date 14/01/2025 at the end.",
    "'Đến ngày 10/1' takes the year of the nearest earlier dated phrase ('năm 2025' in the lead): as-of 2025-01-10.",
    "Destination provinces in the list 'Thanh Hóa (1.150 người) …' are the items' locations (list rule); no cue, so no total.",
    "'trong đó nguồn xã hội hóa chiếm 40%' is the part's own share, not a share of 3,6 tỷ: a percent figure.",
    "'ước đạt 7,3 triệu' estimate; the next sentence (cao nhất / thấp nhất) has no cue: actual.",
    "Distractors: 'Sáng 13/1', số 14 Trần Phú, quận Ngô Quyền, 'khu công nghiệp DEEP C', 'trước ngày 25/1', 'một năm làm việc'.",
]

if __name__ == "__main__":
    emit("p736-5", TEXT, COMMENTS, FIGS, published="2025-01-14", location="Hải Phòng")
