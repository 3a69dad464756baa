"""p496-2: district portal (huyện Gia Lâm, Hà Nội), first-grade and sixth-grade intake."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """UBND HUYỆN GIA LÂM - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Giáo dục - Đào tạo
Gia Lâm hoàn thành tuyển sinh đầu cấp với gần 11.500 học sinh
Thứ Tư, 17/07/2024 - 15:20

Theo Phòng Giáo dục và Đào tạo huyện, công tác tuyển sinh đầu cấp năm học 2024-2025 đã cơ bản hoàn thành. Tính đến ngày 15/7/2024, toàn huyện đã tiếp nhận 11.468 học sinh vào lớp 1, lớp 6 và mẫu giáo 5 tuổi, đạt 101,2% kế hoạch. Trong đó, lớp 1 tuyển 4.215 học sinh, đạt tỷ lệ 99,6% số trẻ trong độ tuổi; lớp 6 tuyển 3.890 học sinh, tăng 312 em so với năm học 2023-2024; mẫu giáo 5 tuổi tiếp nhận 3.363 trẻ.

Năm học này, huyện có thêm 2 trường mới đi vào hoạt động là Trường THCS Đa Tốn 2 và Trường Tiểu học Kiêu Kỵ B, nâng tổng số trường công lập lên 78 trường. Tuy nhiên, tại các xã đông dân như Đa Tốn, Kiêu Kỵ, Dương Xá, sĩ số lớp 1 lên tới 45 - 48 học sinh/lớp, vượt mức tối đa 35 học sinh/lớp theo Điều lệ trường tiểu học.

Về đội ngũ, toàn huyện còn thiếu 186 giáo viên so với định mức, trong đó tiểu học thiếu 97 người, THCS thiếu 54 người, mầm non thiếu 35 người. UBND huyện đã đề nghị thành phố giao bổ sung 150 biên chế và cho phép hợp đồng 36 giáo viên trong thời gian chờ tuyển dụng.

Năm 2024, tổng kinh phí đầu tư xây dựng, cải tạo trường học của huyện ước đạt 325 tỷ đồng, trong đó xây mới 96 phòng học. Dự kiến đến tháng 12/2024, tỷ lệ phòng học kiên cố toàn huyện đạt 98,5%.

Minh Hương - Trung tâm Văn hóa, Thông tin và Thể thao huyện
Địa chỉ: Số 1 Đào Thiên Hồ, thị trấn Trâu Quỳ. Điện thoại: 024.3827.6330
"""

NH = per("năm học 2024-2025", "2024-01-01", "2025-12-31")
ASOF = per("Tính đến ngày 15/7/2024", None, "2024-07-15")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần 11.500 học sinh", "11.500", 11500, "count", "học sinh",
        "học sinh tuyển sinh đầu cấp", approx="nearly"),
    fig("tiếp nhận 11.468 học sinh", "11.468", 11468, "count", "học sinh",
        "học sinh tiếp nhận vào lớp 1, lớp 6 và mẫu giáo 5 tuổi", ASOF, percent=101.2),
    fig("vào lớp 1, lớp 6 và mẫu giáo 5 tuổi", "5", 5, "measure", "tuổi",
        optional=True),
    fig("tuyển 4.215 học sinh", "4.215", 4215, "count", "học sinh",
        "học sinh tuyển vào lớp 1", inh(ASOF), total=11468, percent=99.6),
    fig("tuyển 3.890 học sinh", "3.890", 3890, "count", "học sinh",
        "học sinh tuyển vào lớp 6", inh(ASOF), total=11468,
        change=chg("increase", 312, "em", "năm học 2023-2024")),
    fig("mẫu giáo 5 tuổi tiếp nhận", "5", 5, "measure", "tuổi", optional=True),
    fig("tiếp nhận 3.363 trẻ", "3.363", 3363, "count", "trẻ",
        "trẻ mẫu giáo 5 tuổi tiếp nhận", inh(ASOF), total=11468),
    fig("thêm 2 trường mới", "2", 2, "count", "trường",
        "trường mới đi vào hoạt động", inh(NH)),
    fig("lên 78 trường", "78", 78, "count", "trường",
        "tổng số trường công lập", inh(NH)),
    fig("45 - 48 học sinh/lớp", "45", 45, "measure", "học sinh/lớp",
        "sĩ số lớp 1", value_max=48),
    fig("tối đa 35 học sinh/lớp", "35", 35, "measure", "học sinh/lớp",
        "sĩ số tối đa theo Điều lệ trường tiểu học", approx="at_most", optional=True),
    fig("thiếu 186 giáo viên", "186", 186, "count", "giáo viên",
        "giáo viên còn thiếu so với định mức"),
    fig("tiểu học thiếu 97 người", "97", 97, "count", "người",
        "giáo viên tiểu học còn thiếu", total=186),
    fig("THCS thiếu 54 người", "54", 54, "count", "người",
        "giáo viên THCS còn thiếu", total=186),
    fig("mầm non thiếu 35 người", "35", 35, "count", "người",
        "giáo viên mầm non còn thiếu", total=186),
    fig("bổ sung 150 biên chế", "150", 150, "count", "biên chế",
        "biên chế đề nghị thành phố giao bổ sung"),
    fig("hợp đồng 36 giáo viên", "36", 36, "count", "giáo viên",
        "giáo viên đề nghị cho phép hợp đồng"),
    fig("ước đạt 325 tỷ đồng", "325", 325e9, "money", "đồng",
        "tổng kinh phí đầu tư xây dựng, cải tạo trường học", Y24, status="estimate"),
    fig("xây mới 96 phòng học", "96", 96, "count", "phòng học",
        "phòng học xây mới", Y24, status="estimate"),
    fig("đạt 98,5%", "98,5", 98.5, "percent", "%",
        "tỷ lệ phòng học kiên cố toàn huyện",
        per("đến tháng 12/2024", None, "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Gia Lâm (Hà Nội): tuyển sinh đầu cấp 2024-2025, sĩ số, giáo viên thiếu, đầu tư trường học. Dateline 'Thứ Tư, 17/07/2024 - 15:20'.",
    "District portal: location is the district (Gia Lâm); communes (Đa Tốn, Kiêu Kỵ, Dương Xá) are not a figure's location.",
    "Not figures: 'lớp 1', 'lớp 6', 'Trường THCS Đa Tốn 2', 'Kiêu Kỵ B', 'Số 1 Đào Thiên Hồ', phone, 'năm học 2023-2024' (baseline).",
    "'mẫu giáo 5 tuổi' (age band) and the legal cap 'tối đa 35 học sinh/lớp theo Điều lệ' are optional (a class name / a norm, cf. 'từ 15 tuổi').",
    "The three intakes after 'Trong đó' sum to 11.468 (total); 4.215 keeps 99,6% as its percent. 96 phòng học after 'trong đó' is not money: no total, but",
    "the 'ước' of the clause continues into it (estimate). 'Dự kiến đến tháng 12/2024' -> forecast, as-of period.",
]

if __name__ == "__main__":
    emit(2, TEXT, COMMENTS, FIGS, published="2024-07-17", location="Gia Lâm")
