from lib import emit, fig, per, inh, chg, tgt

TEXT = """Báo Nghệ An điện tử > Giáo dục

Kỳ Sơn: Hơn 600 giáo viên bám bản giữ chữ nơi vùng cao

(Baonghean) - Huyện Kỳ Sơn hiện có 57 trường học với 1.812 cán bộ, giáo viên, nhân viên; trong đó có 628 giáo viên đang công tác tại 116 điểm trường lẻ ở các bản xa trung tâm. Nhiều điểm trường cách trung tâm xã từ 20 đến 35 km, có 18 điểm trường chưa có đường ô tô đến tận nơi.

Cô Lầu Y Xông, giáo viên điểm trường bản Huồi Pốc, xã Na Ngoi, đã có 11 năm bám bản. Từ Quốc lộ 7 vào điểm trường, mỗi tuần cô phải đi bộ gần 8 km đường rừng.

Theo Phòng GD&ĐT huyện, giáo viên công tác tại xã đặc biệt khó khăn được hưởng phụ cấp thu hút bằng 70% mức lương hiện hưởng và phụ cấp ưu đãi từ 50 đến 70%. Bình quân mỗi giáo viên ở điểm trường lẻ có thu nhập khoảng 9,5 triệu đồng/tháng.

Năm học 2023-2024, Kỳ Sơn còn thiếu 143 giáo viên so với định mức; tỷ lệ giáo viên/lớp ở bậc tiểu học mới đạt 1,18 (định mức là 1,5). Từ năm 2021 đến nay, huyện đã xây dựng 86 phòng công vụ cho giáo viên với tổng kinh phí 14,2 tỷ đồng. Nhờ sự bám trường, bám lớp của thầy cô, tỷ lệ chuyên cần của học sinh đạt 98,5%.

Nhân dịp kỷ niệm 41 năm Ngày Nhà giáo Việt Nam 20/11, Huyện ủy Kỳ Sơn đã biểu dương 35 giáo viên có nhiều năm công tác ở vùng đặc biệt khó khăn.

Hữu Vi
20/11/2023
"""

NH24 = per("Năm học 2023-2024", "2023-09-01", "2024-05-31")
DN = per("Từ năm 2021 đến nay", "2021-01-01", "2023-11-20")

FIGS = [
    fig("Hơn 600 giáo viên", "600", 600, "count", "giáo viên", approx="over",
        subject="giáo viên bám bản"),
    fig("có 57 trường học", "57", 57, "count", "trường học",
        subject="trường học"),
    fig("với 1.812 cán bộ", "1.812", 1812, "count", "cán bộ, giáo viên, nhân viên",
        subject="cán bộ, giáo viên, nhân viên"),
    fig("có 628 giáo viên", "628", 628, "count", "giáo viên", total=1812,
        subject="giáo viên đang công tác tại điểm trường lẻ"),
    fig("tại 116 điểm trường", "116", 116, "count", "điểm trường lẻ",
        subject="điểm trường lẻ ở các bản xa trung tâm"),
    fig("từ 20 đến 35 km", "20", 20, "measure", "km", value_max=35,
        subject="khoảng cách từ điểm trường đến trung tâm xã"),
    fig("có 18 điểm trường", "18", 18, "count", "điểm trường",
        subject="điểm trường chưa có đường ô tô đến tận nơi"),
    fig("có 11 năm bám bản", "11", 11, "measure", "năm", subject="thời gian bám bản của cô Lầu Y Xông",
        optional=True),
    fig("gần 8 km", "8", 8, "measure", "km", approx="nearly",
        subject="đường rừng đi bộ vào điểm trường mỗi tuần"),
    fig("bằng 70% mức lương", "70", 70, "percent", "%",
        subject="phụ cấp thu hút so với mức lương hiện hưởng"),
    fig("từ 50 đến 70%", "50", 50, "percent", "%", value_max=70,
        subject="phụ cấp ưu đãi"),
    fig("khoảng 9,5 triệu đồng/tháng", "9,5", 9.5e6, "money", "đồng/tháng", approx="about",
        subject="thu nhập bình quân mỗi giáo viên ở điểm trường lẻ"),
    fig("thiếu 143 giáo viên", "143", 143, "count", "giáo viên",
        subject="giáo viên còn thiếu so với định mức", period=NH24),
    fig("mới đạt 1,18", "1,18", 1.18, "measure", "giáo viên/lớp", target=tgt(1.5, "giáo viên/lớp", met=False),
        subject="tỷ lệ giáo viên/lớp ở bậc tiểu học", period=NH24),
    fig("xây dựng 86 phòng", "86", 86, "count", "phòng công vụ",
        subject="phòng công vụ cho giáo viên xây dựng", period=DN),
    fig("kinh phí 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng",
        subject="tổng kinh phí xây dựng phòng công vụ cho giáo viên", period=DN),
    fig("đạt 98,5%", "98,5", 98.5, "percent", "%",
        subject="tỷ lệ chuyên cần của học sinh", period=inh(NH24)),
    fig("biểu dương 35 giáo viên", "35", 35, "count", "giáo viên",
        subject="giáo viên có nhiều năm công tác ở vùng đặc biệt khó khăn được biểu dương"),
]

COMMENTS = [
    "Party newspaper (Báo Nghệ An, (Baonghean) tag, byline + bare date at the end): teachers in remote schools of huyện Kỳ Sơn.",
    "Location: the district Kỳ Sơn throughout (the paper is provincial; every figure describes the district).",
    "628 giáo viên after 'trong đó' is part of the 1.812 staff; the 18 points without a road have no cue to the 116 (no total).",
    "'(định mức là 1,5)' after the ratio 1,18 is its target (met false), as '(chỉ tiêu … là 50%)' in the spec.",
    "'11 năm bám bản' (one teacher's years of service) is optional; 'gần 8 km' walked is a measure figure.",
    "revised after the first run: subject of 'gần 8 km' now uses the sentence's own noun 'đường rừng' (was 'quãng đường', a word not in the text).",
    "Not figures: '41 năm Ngày Nhà giáo Việt Nam 20/11' (anniversary ordinal and date), Quốc lộ 7, dateline 20/11/2023.",
    "'Từ năm 2021 đến nay' ends at the article date 20/11/2023; '(Baonghean)' and a district name give the place.",
]

if __name__ == "__main__":
    emit("p563-5", TEXT, COMMENTS, FIGS, published="2023-11-20", location="Kỳ Sơn")
