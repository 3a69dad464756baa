from lib import F, P, I, CH, TG, emit

TEXT = """UBND HUYỆN MÈO VẠC - CỔNG THÔNG TIN ĐIỆN TỬ

Trang chủ / Tin tức - Sự kiện / Kinh tế - Xã hội

Sát hạch lưu động cấp giấy phép lái xe mô tô cho 1.018 người dân tộc thiểu số

Thứ Năm, 14/11/2024 - 09:25

Thực hiện Kế hoạch số 215/KH-UBND của UBND huyện, từ ngày 4 đến 10/11/2024, Phòng Kinh tế và Hạ tầng phối hợp với Sở Giao thông vận tải tổ chức đào tạo, sát hạch lưu động cấp giấy phép lái xe (GPLX) mô tô hạng A1 cho đồng bào dân tộc thiểu số trên địa bàn huyện.

Đợt này có 1.126 người đăng ký học, 1.018 người dự sát hạch tại 4 điểm: xã Pả Vi (286 thí sinh), xã Lũng Pù (241), xã Xín Cái (263) và xã Sơn Vĩ (228). Kết quả có 847 người đạt, tỷ lệ 83,2%. Trong đó, người dân tộc Mông 655 người, dân tộc Lô Lô 98 người, dân tộc Dao 94 người.

Mỗi học viên được hỗ trợ 100% học phí và lệ phí sát hạch, mức hỗ trợ 1,5 triệu đồng/người từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; tổng kinh phí đợt này hơn 1,68 tỷ đồng.

Tính từ đầu năm 2024 đến nay, huyện đã tổ chức 3 đợt sát hạch lưu động, cấp tổng cộng 2.364 GPLX hạng A1, vượt 18,2% kế hoạch năm. Theo thống kê, toàn huyện hiện còn khoảng 9.500 người điều khiển xe mô tô chưa có GPLX, tập trung ở các xã vùng cao núi đá.

Huyện phấn đấu đến năm 2025 có trên 70% người điều khiển xe mô tô là đồng bào dân tộc thiểu số có GPLX.

Thanh Hoa (Trung tâm TT-VH huyện)

Bản quyền thuộc UBND huyện Mèo Vạc - Tổ 2, thị trấn Mèo Vạc, tỉnh Hà Giang. ĐT: 0219.3871.128
"""

D = I(P("từ ngày 4 đến 10/11/2024", "2024-11-04", "2024-11-10"))
YTD = P("Tính từ đầu năm 2024 đến nay", "2024-01-01", "2024-11-14")
FIGS = [
    F("cho 1.018 người dân tộc", "1.018", 1018, "count", "người",
      "người dân tộc thiểu số sát hạch lưu động cấp giấy phép lái xe mô tô"),
    F("có 1.126 người đăng ký", "1.126", 1126, "count", "người", "người đăng ký học", D),
    F("1.018 người dự sát hạch", "1.018", 1018, "count", "người", "người dự sát hạch", D),
    F("(286 thí sinh)", "286", 286, "count", "thí sinh", "thí sinh dự sát hạch tại xã Pả Vi", D, total=1018),
    F("Lũng Pù (241)", "241", 241, "count", "thí sinh", "thí sinh dự sát hạch tại xã Lũng Pù", D, total=1018),
    F("Xín Cái (263)", "263", 263, "count", "thí sinh", "thí sinh dự sát hạch tại xã Xín Cái", D, total=1018),
    F("Sơn Vĩ (228)", "228", 228, "count", "thí sinh", "thí sinh dự sát hạch tại xã Sơn Vĩ", D, total=1018),
    F("có 847 người đạt", "847", 847, "count", "người", "người đạt sát hạch", D, percent=83.2),
    F("Mông 655 người", "655", 655, "count", "người", "người dân tộc Mông đạt sát hạch", D, total=847),
    F("Lô Lô 98 người", "98", 98, "count", "người", "người dân tộc Lô Lô đạt sát hạch", D, total=847),
    F("Dao 94 người", "94", 94, "count", "người", "người dân tộc Dao đạt sát hạch", D, total=847),
    F("hỗ trợ 100% học phí", "100", 100, "percent", "%", "học phí và lệ phí sát hạch được hỗ trợ"),
    F("mức hỗ trợ 1,5 triệu đồng/người", "1,5", 1500000, "money", "đồng/người", "mức hỗ trợ"),
    F("hơn 1,68 tỷ đồng", "1,68", 1680000000, "money", "đồng", "tổng kinh phí đợt sát hạch", approx="over"),
    F("tổ chức 3 đợt sát hạch", "3", 3, "count", "đợt", "đợt sát hạch lưu động", YTD),
    F("cấp tổng cộng 2.364 GPLX", "2.364", 2364, "count", "GPLX", "GPLX hạng A1 cấp", YTD,
      change=CH("increase", 18.2, baseline="kế hoạch năm")),
    F("khoảng 9.500 người", "9.500", 9500, "count", "người", "người điều khiển xe mô tô chưa có GPLX",
      approx="about"),
    F("có trên 70% người", "70", 70, "percent", "%",
      "người điều khiển xe mô tô là đồng bào dân tộc thiểu số có GPLX",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "District portal (huyện Mèo Vạc, Hà Giang): sát hạch lưu động GPLX mô tô hạng A1 cho đồng bào DTTS, 4-10/11/2024. Dateline 'Thứ Năm, 14/11/2024 - 09:25'.",
    "Distractors: 'Kế hoạch số 215/KH-UBND', dates 'từ ngày 4 đến 10/11/2024', 'hạng A1', 'Tổ 2', phone 0219.3871.128.",
    "The commune list after '1.018 người dự sát hạch tại 4 điểm:' adds up (286+241+263+228) → total 1018 (the whole counting the same thing, not '4 điểm').",
    "revised: communes are not a location level (FIGURES.md: province, city or district), so the items keep location Mèo Vạc and name the commune in the subject.",
    "'tại 4 điểm' counts the test sites but mainly announces the list: optional.",
    "847 đạt has no part cue after 1.018 (no total) but takes 'tỷ lệ 83,2%' as percent; ethnic parts after 'Trong đó' add up to 847.",
    "'vượt 18,2% kế hoạch năm' is a change against plan (FIGURES.md). 'hiện còn' has no period. 'đến năm 2025' target: start null, end 2025-12-31.",
]

FIGS.insert(3, F("tại 4 điểm", "4", 4, "count", "điểm", "điểm sát hạch", D, optional=True))

if __name__ == "__main__":
    emit("p719-2", TEXT, COMMENTS, FIGS, published="2024-11-14", location="Mèo Vạc")
