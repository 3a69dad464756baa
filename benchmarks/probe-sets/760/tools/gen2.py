"""p760-2: huyện Diễn Châu (Nghệ An) district portal, free hearing screening for children, hearing aids donated."""
from lib import emit, fig, per, inh, chg

TEXT = """Cổng thông tin điện tử huyện Diễn Châu
Trang chủ / Tin tức / Y tế - Giáo dục

Khám sàng lọc thính lực miễn phí cho 1.236 trẻ em

Thứ Năm, 16/05/2024 - 09:10

Từ ngày 10 đến 12/5/2024, Trung tâm Y tế huyện phối hợp với Bệnh viện Hữu nghị Đa khoa Nghệ An và Quỹ Hear The World tổ chức khám sàng lọc thính lực miễn phí cho trẻ em trên địa bàn huyện.

Đợt này, đoàn đã khám cho 1.236 trẻ đến từ 37 xã, thị trấn, tăng 18,5% so với đợt khám năm 2023. Kết quả phát hiện 64 trẻ có dấu hiệu giảm thính lực, chiếm 5,2% số trẻ được khám; trong đó 11 trẻ nghe kém mức độ nặng, 3 trẻ nghe kém mức độ sâu cần chỉ định cấy ốc tai điện tử. Số trẻ nghi ngờ giảm thính lực ở nhóm trẻ mầm non và nhóm trẻ chưa đi học lần lượt là 39 trẻ và 25 trẻ.

Đoàn đã trao tặng 25 máy trợ thính cho 19 trẻ có hoàn cảnh khó khăn (trong đó 6 trẻ được lắp máy cả hai tai), tổng trị giá khoảng 310 triệu đồng. Mỗi máy trợ thính kỹ thuật số có giá từ 8 đến 15 triệu đồng, vượt quá khả năng chi trả của nhiều gia đình.

Trong quý I/2024, trạm y tế các xã đã lập danh sách quản lý 42 trẻ khuyết tật thính giác tại cộng đồng, bằng 87,5% kế hoạch năm. Dự kiến trong quý III, huyện sẽ tổ chức đợt khám thứ hai tại các xã ven biển dọc Quốc lộ 1A.

Phụ huynh cần hỗ trợ liên hệ Khoa Tai Mũi Họng, Trung tâm Y tế huyện (khối 4, thị trấn Diễn Châu), điện thoại 0238.3862.117.

Minh Hằng - Trung tâm VH-TT&TT huyện
"""

CAMP = per("Từ ngày 10 đến 12/5/2024", "2024-05-10", "2024-05-12", inherited=True)

FIGS = [
    fig("miễn phí cho 1.236 trẻ em", "1.236", 1236, "count", "trẻ em", "trẻ em được khám sàng lọc thính lực miễn phí", CAMP),
    fig("khám cho 1.236 trẻ", "1.236", 1236, "count", "trẻ", "trẻ được khám sàng lọc thính lực", CAMP,
        change=chg("increase", 18.5, baseline="đợt khám năm 2023")),
    fig("từ 37 xã", "37", 37, "count", "xã, thị trấn", "xã, thị trấn có trẻ được khám", CAMP),
    fig("phát hiện 64 trẻ", "64", 64, "count", "trẻ", "trẻ có dấu hiệu giảm thính lực", CAMP, percent=5.2),
    fig("trong đó 11 trẻ", "11", 11, "count", "trẻ", "trẻ nghe kém mức độ nặng", CAMP, total=64),
    fig("nặng, 3 trẻ", "3", 3, "count", "trẻ", "trẻ nghe kém mức độ sâu cần chỉ định cấy ốc tai điện tử", CAMP, total=64),
    fig("là 39 trẻ", "39", 39, "count", "trẻ", "trẻ nghi ngờ giảm thính lực ở nhóm trẻ mầm non", CAMP),
    fig("và 25 trẻ", "25", 25, "count", "trẻ", "trẻ nghi ngờ giảm thính lực ở nhóm trẻ chưa đi học", CAMP),
    fig("tặng 25 máy trợ thính", "25", 25, "count", "máy trợ thính", "máy trợ thính được trao tặng", CAMP),
    fig("cho 19 trẻ", "19", 19, "count", "trẻ", "trẻ có hoàn cảnh khó khăn được tặng máy trợ thính", CAMP),
    fig("(trong đó 6 trẻ", "6", 6, "count", "trẻ", "trẻ được lắp máy trợ thính cả hai tai", CAMP, total=19),
    fig("máy cả hai tai", "hai", 2, "count", "tai", optional=True),
    fig("khoảng 310 triệu đồng", "310", 310000000, "money", "đồng", "tổng trị giá máy trợ thính trao tặng", CAMP, approx="about"),
    fig("từ 8 đến 15 triệu đồng", "8", 8000000, "money", "đồng", "giá mỗi máy trợ thính kỹ thuật số", value_max=15000000),
    fig("quản lý 42 trẻ", "42", 42, "count", "trẻ", "trẻ khuyết tật thính giác được lập danh sách quản lý tại cộng đồng",
        per("quý I/2024", "2024-01-01", "2024-03-31"), percent=87.5),
]

COMMENTS = [
    "Cổng TTĐT huyện Diễn Châu (district portal, dateline 'Thứ Năm, 16/05/2024 - 09:10', byline at the end): free hearing screening campaign.",
    "Location is the district (Diễn Châu) throughout; 'Nghệ An' only names a partner hospital.",
    "Distractors: 'Từ ngày 10 đến 12/5/2024' (a date range, not a figure range), 'quý III', 'đợt khám thứ hai', 'Quốc lộ 1A', 'khối 4', phone.",
    "Campaign figures carry the campaign dates as an inherited period (not scored). 'bằng 87,5% kế hoạch năm' is the percent of 42.",
    "'39 trẻ và 25 trẻ' (lần lượt) add up to 64 but follow no cue and no bracket: no total. '(trong đó 6 trẻ …)' has the cue: total 19.",
]

if __name__ == "__main__":
    emit("p760-2", TEXT, COMMENTS, FIGS, published="2024-05-16", location="Diễn Châu")
