from lib import emit, fig, per, inh, chg, tgt

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG TÈ
Trang chủ / Văn hóa - Xã hội / Giáo dục

Thứ Năm, 12/09/2024 - 16:05

Mường Tè: 6.215 học sinh bán trú bước vào năm học mới

Năm học 2024-2025, toàn huyện Mường Tè có 41 trường học với 14.862 học sinh, tăng 356 em so với năm học trước; trong đó học sinh dân tộc thiểu số chiếm 97,8%. Huyện có 27 trường phổ thông dân tộc bán trú và 1 trường phổ thông dân tộc nội trú.

Số học sinh bán trú là 6.215 em, ở tại 23 khu nội trú với 412 phòng ở; 100% học sinh bán trú được nấu ăn tập trung tại trường. Từ đầu năm 2024 đến nay, huyện đã xây mới 38 phòng ở bán trú và 6 nhà bếp, nhà ăn với tổng kinh phí trên 21,5 tỷ đồng từ nguồn Chương trình MTQG 1719.

Năm học 2023-2024, tỷ lệ học sinh bỏ học cấp tiểu học và THCS lần lượt là 0,12% và 0,86%, giảm 0,41% so với năm học 2022-2023. Tỷ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 100%.

Về đội ngũ, toàn huyện có 1.124 giáo viên, bình quân 1,42 giáo viên/lớp; còn thiếu 96 giáo viên so với định mức, chủ yếu là giáo viên tiếng Anh và tin học. Hiện có 214 giáo viên đang công tác tại 58 điểm trường lẻ cách trung tâm xã từ 15 đến 40 km; nhiều điểm trường như Nậm Củm 2, Pa Vệ Sử phải đi bộ theo đường mòn khi mưa lũ.

Thời gian tới, huyện phấn đấu 100% học sinh đủ điều kiện được hưởng đầy đủ chế độ hỗ trợ; tiếp tục đề nghị tuyển dụng bổ sung giáo viên.

Lò Thị Hoa (Phòng GD&ĐT huyện)
Điện thoại: 0213.3881.028
"""

NH25 = per("Năm học 2024-2025", "2024-09-01", "2025-05-31")
NH24 = per("Năm học 2023-2024", "2023-09-01", "2024-05-31")
DN = per("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-09-12")

FIGS = [
    fig("Mường Tè: 6.215 học sinh", "6.215", 6215, "count", "học sinh",
        subject="học sinh bán trú bước vào năm học mới", period=inh(NH25)),
    fig("có 41 trường học", "41", 41, "count", "trường học",
        subject="trường học", period=NH25),
    fig("với 14.862 học sinh", "14.862", 14862, "count", "học sinh",
        change=chg("increase", 356, unit="em", baseline="năm học trước"),
        subject="học sinh", period=NH25),
    fig("chiếm 97,8%", "97,8", 97.8, "percent", "%",
        subject="học sinh dân tộc thiểu số trong tổng số học sinh", period=NH25),
    fig("có 27 trường", "27", 27, "count", "trường",
        subject="trường phổ thông dân tộc bán trú", period=inh(NH25)),
    fig("và 1 trường", "1", 1, "count", "trường",
        subject="trường phổ thông dân tộc nội trú", period=inh(NH25)),
    fig("là 6.215 em", "6.215", 6215, "count", "em",
        subject="học sinh bán trú", period=inh(NH25)),
    fig("ở tại 23 khu", "23", 23, "count", "khu nội trú",
        subject="khu nội trú học sinh bán trú ở", period=inh(NH25)),
    fig("với 412 phòng ở", "412", 412, "count", "phòng ở",
        subject="phòng ở của khu nội trú", period=inh(NH25)),
    fig("; 100% học sinh bán trú", "100", 100, "percent", "%",
        subject="học sinh bán trú được nấu ăn tập trung tại trường", period=inh(NH25)),
    fig("xây mới 38 phòng", "38", 38, "count", "phòng ở bán trú",
        subject="phòng ở bán trú xây mới", period=DN),
    fig("và 6 nhà bếp", "6", 6, "count", "nhà bếp, nhà ăn",
        subject="nhà bếp, nhà ăn xây mới", period=DN),
    fig("trên 21,5 tỷ đồng", "21,5", 21.5e9, "money", "đồng", approx="over",
        subject="tổng kinh phí xây mới phòng ở bán trú và nhà bếp, nhà ăn", period=DN),
    fig("là 0,12%", "0,12", 0.12, "percent", "%",
        subject="tỷ lệ học sinh bỏ học cấp tiểu học", period=NH24),
    fig("và 0,86%", "0,86", 0.86, "percent", "%",
        change=chg("decrease", 0.41, baseline="năm học 2022-2023"),
        subject="tỷ lệ học sinh bỏ học cấp THCS", period=NH24),
    fig("trẻ 6 tuổi", "6", 6, "measure", "tuổi", optional=True),
    fig("đạt 100%", "100", 100, "percent", "%",
        subject="tỷ lệ huy động trẻ 6 tuổi vào lớp 1", period=inh(NH24)),
    fig("có 1.124 giáo viên", "1.124", 1124, "count", "giáo viên",
        subject="giáo viên"),
    fig("bình quân 1,42 giáo viên/lớp", "1,42", 1.42, "measure", "giáo viên/lớp",
        subject="giáo viên bình quân trên lớp"),
    fig("thiếu 96 giáo viên", "96", 96, "count", "giáo viên",
        subject="giáo viên còn thiếu so với định mức"),
    fig("có 214 giáo viên", "214", 214, "count", "giáo viên",
        subject="giáo viên đang công tác tại điểm trường lẻ"),
    fig("tại 58 điểm trường", "58", 58, "count", "điểm trường lẻ",
        subject="điểm trường lẻ"),
    fig("từ 15 đến 40 km", "15", 15, "measure", "km", value_max=40,
        subject="khoảng cách từ điểm trường lẻ đến trung tâm xã"),
    fig("phấn đấu 100% học sinh", "100", 100, "percent", "%", status="target",
        subject="học sinh đủ điều kiện được hưởng đầy đủ chế độ hỗ trợ"),
]

COMMENTS = [
    "District portal (huyện Mường Tè, Lai Châu): start of school year 2024-2025, boarding pupils, dormitories, dropout, teachers.",
    "School years: the spec has no rule; taken as 1 September to 31 May ('năm học 2024-2025' = 2024-09-01..2025-05-31).",
    "'trong đó học sinh DTTS chiếm 97,8%' is a percent figure of its own (share of a part, not of the 14.862).",
    "'lần lượt là 0,12% và 0,86%, giảm 0,41%': the change follows the last item, the THCS rate.",
    "Not figures: 'lớp 1' (grade), 'Nậm Củm 2' (place name), 'MTQG 1719', dateline, phone. 'trẻ 6 tuổi' optional.",
    "'Từ đầu năm 2024 đến nay' ends at the dateline 12/09/2024. Location: the district.",
]

if __name__ == "__main__":
    emit("p563-2", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Mường Tè")
