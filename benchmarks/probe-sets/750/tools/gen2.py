"""p750-2: district portal (Tuần Giáo, Điện Biên), school eye screening and free glasses, 11/2023."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TUẦN GIÁO
Trang chủ > Tin tức > Giáo dục - Y tế

Khám mắt miễn phí cho gần 3.000 học sinh vùng cao

22/11/2023 | 14:20

Từ ngày 6 đến ngày 17/11/2023, Trung tâm Y tế huyện phối hợp với Bệnh viện Mắt tỉnh Điện Biên và một tổ chức phi chính phủ khám, đo thị lực cho 2.946 học sinh tại 14 trường tiểu học và trung học cơ sở trên địa bàn huyện.

Kết quả, có 412 em mắc tật khúc xạ, chiếm 14% số học sinh được khám; trong đó cận thị 327 em, viễn thị 31 em, loạn thị 54 em. Tỷ lệ mắc tật khúc xạ ở khối trung học cơ sở là 19,5%, cao hơn 9,3 điểm phần trăm so với khối tiểu học (10,2%). Ngoài ra, đoàn phát hiện 86 trường hợp mắc các bệnh về mắt khác như viêm kết mạc, lác, nhược thị.

Các em mắc tật khúc xạ được cấp kính miễn phí; tổng cộng 398 chiếc kính đã được trao tận tay học sinh, trị giá khoảng 119 triệu đồng, bình quân 300.000 đồng/chiếc. Đối với 17 em có độ cận trên 6 đi-ốp, đoàn lập danh sách chuyển lên tuyến trên để theo dõi, điều trị.

Bà Lò Thị Hương, Phó Chủ tịch UBND huyện cho biết, năm học 2023-2024, toàn huyện có 21.530 học sinh phổ thông, trong đó học sinh dân tộc thiểu số chiếm 91,7%. Huyện phấn đấu đến năm 2025 có 100% học sinh tiểu học và trung học cơ sở được khám sàng lọc thị lực ít nhất 1 lần/năm.

Phòng Văn hóa và Thông tin huyện - Tổ dân phố 17, thị trấn Tuần Giáo. ĐT: 0215.3862.035
"""

PD = per("Từ ngày 6 đến ngày 17/11/2023", "2023-11-06", "2023-11-17")
FIGS = [
    fig("gần 3.000 học sinh", "3.000", 3000, "count", "học sinh", "học sinh vùng cao được khám mắt miễn phí",
        approx="nearly"),
    fig("cho 2.946 học sinh", "2.946", 2946, "count", "học sinh", "học sinh được khám, đo thị lực", PD),
    fig("tại 14 trường", "14", 14, "count", "trường", "trường tiểu học và trung học cơ sở được khám, đo thị lực", PD),
    fig("có 412 em", "412", 412, "count", "em", "học sinh mắc tật khúc xạ", inh(PD), percent=14),
    fig("cận thị 327 em", "327", 327, "count", "em", "học sinh cận thị", inh(PD), total=412),
    fig("viễn thị 31 em", "31", 31, "count", "em", "học sinh viễn thị", inh(PD), total=412),
    fig("loạn thị 54 em", "54", 54, "count", "em", "học sinh loạn thị", inh(PD), total=412),
    fig("cơ sở là 19,5%", "19,5", 19.5, "percent", "%", "tỷ lệ mắc tật khúc xạ ở khối trung học cơ sở", inh(PD),
        change=chg("increase", 9.3, "điểm phần trăm", "khối tiểu học")),
    fig("(10,2%)", "10,2", 10.2, "percent", "%", "tỷ lệ mắc tật khúc xạ ở khối tiểu học", inh(PD)),
    fig("phát hiện 86 trường hợp", "86", 86, "count", "trường hợp", "trường hợp mắc các bệnh về mắt khác", inh(PD)),
    fig("cộng 398 chiếc kính", "398", 398, "count", "chiếc kính", "kính cấp miễn phí đã trao cho học sinh"),
    fig("khoảng 119 triệu đồng", "119", 1.19e8, "money", "đồng", "trị giá kính cấp miễn phí", approx="about"),
    fig("bình quân 300.000 đồng/chiếc", "300.000", 300000, "money", "đồng/chiếc", "giá kính bình quân"),
    fig("Đối với 17 em", "17", 17, "count", "em", "học sinh có độ cận trên 6 đi-ốp được chuyển lên tuyến trên"),
    fig("trên 6 đi-ốp", "6", 6, "measure", "đi-ốp", "độ cận", approx="over", optional=True),
    fig("có 21.530 học sinh", "21.530", 21530, "count", "học sinh", "học sinh phổ thông toàn huyện"),
    fig("chiếm 91,7%", "91,7", 91.7, "percent", "%", "học sinh dân tộc thiểu số"),
    fig("có 100% học sinh", "100", 100, "percent", "%",
        "học sinh tiểu học và trung học cơ sở được khám sàng lọc thị lực", per("đến năm 2025", None, "2025-12-31"),
        status="target"),
    fig("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", "tần suất khám sàng lọc thị lực", approx="at_least",
        status="target", optional=True),
]

NOTES = [
    "Cổng TTĐT huyện Tuần Giáo (Điện Biên): khám mắt, cấp kính miễn phí cho học sinh, 6-17/11/2023. Dateline '22/11/2023 | 14:20'.",
    "Period 'Từ ngày 6 đến ngày 17/11/2023' read as 2023-11-06..2023-11-17 (a date range; not in the spec's table, the natural reading).",
    "Cận/viễn/loạn thị add up to 412 after 'trong đó': total 412. 'chiếm 14% số học sinh được khám' is the percent of 412 (no total number given).",
    "'cao hơn 9,3 điểm phần trăm so với khối tiểu học' is the change of 19,5%; the bracketed 10,2% is a percent of its own.",
    "'trong đó học sinh dân tộc thiểu số chiếm 91,7%' is the share of a part that has no count: a percent figure of its own, not the percent of 21.530.",
    "'năm học 2023-2024' is not in the spec's period table: left unset. '6 đi-ốp', '1 lần/năm' optional thresholds. 'Tổ dân phố 17', phone: distractors.",
]

if __name__ == "__main__":
    write("p750-2", TEXT, NOTES, FIGS, published="2023-11-22", location="Tuần Giáo")
