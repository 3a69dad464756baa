"""p496-4: ministry site (Bộ GD&ĐT), national teacher shortage before the 2024-2025 school year."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ > Tin tức > Tin tổng hợp
Cả nước còn thiếu hơn 113.000 giáo viên mầm non và phổ thông
Ngày đăng: 28/08/2024 | Lượt xem: 2.605

Theo báo cáo của 63 tỉnh, thành phố, tính đến ngày 31/7/2024, cả nước còn thiếu 113.491 giáo viên mầm non và phổ thông so với định mức. Trong đó, cấp mầm non thiếu 48.632 giáo viên, tiểu học thiếu 33.804, THCS thiếu 21.780 và THPT thiếu 9.275 giáo viên.

Từ năm 2022 đến nay, Bộ Chính trị đã giao bổ sung 65.980 biên chế giáo viên cho các địa phương, nhưng các địa phương mới tuyển được 41.237 chỉ tiêu, đạt 62,5%. Một số địa phương còn nhiều biên chế chưa tuyển như Hà Nội (4.816), Nghệ An (2.195), Thanh Hóa (1.870), Gia Lai (1.432).

Tình trạng thiếu giáo viên tập trung ở các môn học mới theo Chương trình giáo dục phổ thông 2018: cấp tiểu học cả nước thiếu 8.512 giáo viên Tin học, 7.108 giáo viên Tiếng Anh và 6.249 giáo viên Âm nhạc, Mỹ thuật. Ở nhiều tỉnh miền núi, tỷ lệ thiếu giáo viên Tin học lên tới từ 30 đến 40%.

Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019 năm học 2023-2024 đạt 89,7%, tăng 2,3 điểm phần trăm so với năm học trước.

Năm học 2024-2025, cả nước có khoảng 23,2 triệu học sinh, sinh viên, trong đó mầm non và phổ thông có hơn 18,3 triệu học sinh. Bộ đề nghị các địa phương phấn đấu tuyển dụng hết biên chế được giao trong năm 2024, bảo đảm tỷ lệ 1,5 giáo viên/lớp ở cấp tiểu học.

Cổng thông tin điện tử Bộ Giáo dục và Đào tạo
Số 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội. Đường dây nóng: 024.3869.4983
"""

ASOF = per("tính đến ngày 31/7/2024", None, "2024-07-31")
TDN = per("Từ năm 2022 đến nay", "2022-01-01", "2024-08-28")
NH = per("Năm học 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    fig("hơn 113.000 giáo viên", "113.000", 113000, "count", "giáo viên",
        "giáo viên mầm non và phổ thông còn thiếu", approx="over"),
    fig("của 63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
        "tỉnh, thành phố báo cáo", ASOF),
    fig("thiếu 113.491 giáo viên", "113.491", 113491, "count", "giáo viên",
        "giáo viên mầm non và phổ thông còn thiếu so với định mức", ASOF),
    fig("thiếu 48.632 giáo viên", "48.632", 48632, "count", "giáo viên",
        "giáo viên mầm non còn thiếu", inh(ASOF), total=113491),
    fig("thiếu 33.804", "33.804", 33804, "count", "giáo viên",
        "giáo viên tiểu học còn thiếu", inh(ASOF), total=113491),
    fig("thiếu 21.780", "21.780", 21780, "count", "giáo viên",
        "giáo viên THCS còn thiếu", inh(ASOF), total=113491),
    fig("thiếu 9.275 giáo viên", "9.275", 9275, "count", "giáo viên",
        "giáo viên THPT còn thiếu", inh(ASOF), total=113491),
    fig("bổ sung 65.980 biên chế", "65.980", 65980, "count", "biên chế",
        "biên chế giáo viên Bộ Chính trị giao bổ sung", TDN),
    fig("được 41.237 chỉ tiêu", "41.237", 41237, "count", "chỉ tiêu",
        "chỉ tiêu biên chế giáo viên các địa phương đã tuyển", TDN, percent=62.5),
    fig("Hà Nội (4.816)", "4.816", 4816, "count", "biên chế",
        "biên chế giáo viên chưa tuyển", location="Hà Nội"),
    fig("Nghệ An (2.195)", "2.195", 2195, "count", "biên chế",
        "biên chế giáo viên chưa tuyển", location="Nghệ An"),
    fig("Thanh Hóa (1.870)", "1.870", 1870, "count", "biên chế",
        "biên chế giáo viên chưa tuyển", location="Thanh Hóa"),
    fig("Gia Lai (1.432)", "1.432", 1432, "count", "biên chế",
        "biên chế giáo viên chưa tuyển", location="Gia Lai"),
    fig("thiếu 8.512 giáo viên", "8.512", 8512, "count", "giáo viên",
        "giáo viên Tin học cấp tiểu học còn thiếu"),
    fig("7.108 giáo viên", "7.108", 7108, "count", "giáo viên",
        "giáo viên Tiếng Anh cấp tiểu học còn thiếu"),
    fig("6.249 giáo viên", "6.249", 6249, "count", "giáo viên",
        "giáo viên Âm nhạc, Mỹ thuật cấp tiểu học còn thiếu"),
    fig("từ 30 đến 40%", "30", 30, "percent", "%",
        "tỷ lệ thiếu giáo viên Tin học ở nhiều tỉnh miền núi", value_max=40),
    fig("đạt 89,7%", "89,7", 89.7, "percent", "%",
        "tỷ lệ giáo viên đạt chuẩn trình độ đào tạo",
        per("năm học 2023-2024", "2023-01-01", "2024-12-31"),
        change=chg("increase", 2.3, "điểm phần trăm", "năm học trước")),
    fig("khoảng 23,2 triệu", "23,2", 23.2e6, "count", "học sinh, sinh viên",
        "học sinh, sinh viên cả nước", NH, approx="about"),
    fig("hơn 18,3 triệu", "18,3", 18.3e6, "count", "học sinh",
        "học sinh mầm non và phổ thông", NH, approx="over", total=23.2e6),
    fig("tỷ lệ 1,5 giáo viên/lớp", "1,5", 1.5, "measure", "giáo viên/lớp",
        "tỷ lệ giáo viên/lớp ở cấp tiểu học", status="target"),
]

COMMENTS = [
    "Bộ GD&ĐT portal: thiếu giáo viên mầm non và phổ thông (as of 31/7/2024), biên chế giao bổ sung and recruited, subject shortages.",
    "'Ngày đăng: 28/08/2024 | Lượt xem: 2.605' — date is published; the counter is not a figure. National figures: location Việt Nam;",
    "provinces in the bracketed list of un-recruited posts are each item's location. Not figures: 'Chương trình giáo dục phổ thông 2018',",
    "'Luật Giáo dục 2019', 'năm học trước' (baseline), 'Số 35 Đại Cồ Việt', hotline. '63 tỉnh, thành phố' is a count of provinces (a figure).",
    "'Từ năm 2022 đến nay' ends at the dateline and covers both 65.980 and 41.237 (same sentence); 41.237 has only its share (no cue for a total).",
    "Subject shortages (8.512 ...) follow no cue after the tiểu học total: no total. 'trong đó ... hơn 18,3 triệu' is a part of 23,2 triệu.",
    "'tỷ lệ 1,5 giáo viên/lớp' after 'phấn đấu ... bảo đảm' -> target; the clause's 'trong năm 2024' belongs to the recruiting clause (no period).",
]

if __name__ == "__main__":
    emit(4, TEXT, COMMENTS, FIGS, published="2024-08-28", location="Việt Nam")
