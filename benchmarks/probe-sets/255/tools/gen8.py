from lib import F, P, CH, TG, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐỒNG NAI
Trang chủ / Tin hoạt động / Đất đai

Quý III/2024: hồ sơ đăng ký thế chấp bằng quyền sử dụng đất tăng 15,3%
NGỌC ÁNH 09:15, 07/10/2024

Theo Văn phòng Đăng ký đất đai tỉnh, trong quý III/2024, toàn hệ thống tiếp nhận 72.418 hồ sơ đăng ký đất đai, tài sản gắn liền với đất, tăng 9,6% so với quý II/2024. Số hồ sơ đăng ký thế chấp bằng quyền sử dụng đất tăng 15,3% so với cùng kỳ, số hồ sơ chuyển nhượng giảm 4,1%.

Chia theo loại hồ sơ: đăng ký thế chấp 26.905 hồ sơ (chiếm 37,2%), chuyển nhượng, tặng cho 21.340 hồ sơ, cấp đổi, cấp lại 8.126 hồ sơ; còn lại là các loại hồ sơ khác. Các địa phương có lượng hồ sơ lớn nhất là TP Biên Hòa (18.562 hồ sơ), huyện Long Thành (9.847 hồ sơ) và Nhơn Trạch (8.215 hồ sơ).

Tỷ lệ hồ sơ nộp qua Cổng Dịch vụ công trực tuyến đạt 46,8%, cao hơn 11,2 điểm phần trăm so với quý III/2023.

Từ đầu năm đến ngày 30/9/2024, toàn tỉnh đã cấp 1.924 GCN lần đầu với diện tích khoảng 386,4 ha. Mỗi tháng có từ 1.200 đến 1.500 hồ sơ phải bổ sung, hoàn thiện do sai sót về ranh giới, diện tích thửa đất.

Giai đoạn 2021-2025, tỉnh đặt chỉ tiêu cấp GCN lần đầu cho 12.000 trường hợp; từ năm 2021 đến nay đã cấp được 9.312 trường hợp, đạt 77,6%. Để về đích, Văn phòng sẽ tăng cường 25 viên chức cho các chi nhánh có áp lực lớn, thực hiện theo Quyết định số 3185/QĐ-UBND.

Mọi thắc mắc về thủ tục xin liên hệ tổng đài 1022 hoặc số 0251.3822.637 (trong giờ hành chính).
"""

Q3 = P("trong quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("trong quý III/2024", "2024-07-01", "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("tăng 15,3%\n", "15,3", 15.3, "percent", "%", "hồ sơ đăng ký thế chấp bằng quyền sử dụng đất",
      P("Quý III/2024", "2024-07-01", "2024-09-30")),
    F("tiếp nhận 72.418 hồ sơ", "72.418", 72418, "count", "hồ sơ", "hồ sơ đăng ký đất đai, tài sản gắn liền với đất tiếp nhận",
      Q3, change=CH("increase", 9.6, "%", "quý II/2024")),
    F("tăng 15,3% so với cùng kỳ", "15,3", 15.3, "percent", "%", "Số hồ sơ đăng ký thế chấp bằng quyền sử dụng đất", Q3i),
    F("giảm 4,1%", "4,1", 4.1, "percent", "%", "số hồ sơ chuyển nhượng", Q3i),
    F("thế chấp 26.905 hồ sơ", "26.905", 26905, "count", "hồ sơ", "hồ sơ đăng ký thế chấp", Q3i, total=72418,
      percent=37.2),
    F("tặng cho 21.340 hồ sơ", "21.340", 21340, "count", "hồ sơ", "hồ sơ chuyển nhượng, tặng cho", Q3i, total=72418),
    F("cấp lại 8.126 hồ sơ", "8.126", 8126, "count", "hồ sơ", "hồ sơ cấp đổi, cấp lại", Q3i, total=72418),
    F("Biên Hòa (18.562 hồ sơ)", "18.562", 18562, "count", "hồ sơ", "lượng hồ sơ", Q3i, location="Biên Hòa"),
    F("Long Thành (9.847 hồ sơ)", "9.847", 9847, "count", "hồ sơ", "lượng hồ sơ", Q3i, location="Long Thành"),
    F("Nhơn Trạch (8.215 hồ sơ)", "8.215", 8215, "count", "hồ sơ", "lượng hồ sơ", Q3i, location="Nhơn Trạch"),
    F("đạt 46,8%", "46,8", 46.8, "percent", "%", "Tỷ lệ hồ sơ nộp qua Cổng Dịch vụ công trực tuyến", Q3i,
      change=CH("increase", 11.2, "điểm phần trăm", "quý III/2023")),
    F("cấp 1.924 GCN", "1.924", 1924, "count", "GCN", "GCN lần đầu cấp", YTD),
    F("khoảng 386,4 ha", "386,4", 386.4, "measure", "ha", "diện tích cấp GCN lần đầu", YTD, approx="about"),
    F("từ 1.200 đến 1.500 hồ sơ", "1.200", 1200, "count", "hồ sơ", "hồ sơ phải bổ sung, hoàn thiện mỗi tháng",
      value_max=1500),
    F("cho 12.000 trường hợp", "12.000", 12000, "count", "trường hợp", "chỉ tiêu cấp GCN lần đầu",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("được 9.312 trường hợp", "9.312", 9312, "count", "trường hợp", "trường hợp đã cấp GCN lần đầu",
      P("từ năm 2021 đến nay", "2021-01-01", "2024-10-07"), percent=77.6),
    F("tăng cường 25 viên chức", "25", 25, "count", "viên chức", "viên chức tăng cường cho các chi nhánh",
      status="target", optional=True),
]

COMMENTS = [
    "Department site (Sở TN&MT Đồng Nai), byline before the date 'NGỌC ÁNH 09:15, 07/10/2024': land registrations in quý III/2024.",
    "Headline '15,3%' and body '15,3% so với cùng kỳ' are growth rates that are the claim: percent figures without change.",
    "'giảm 4,1%' (chuyển nhượng) likewise a percent figure, value 4,1 (the direction lives in the verb; no change object).",
    "'72.418 hồ sơ ..., tăng 9,6% so với quý II/2024' -> change. 'Chia theo loại hồ sơ:' parts after ':' following the whole -> total 72.418.",
    "District list: location = district (TP Biên Hòa, Long Thành, Nhơn Trạch); subject = the list's indicator; period inherited from quý III/2024.",
    "'46,8%, cao hơn 11,2 điểm phần trăm so với quý III/2023' -> change unit 'điểm phần trăm'.",
    "'Từ đầu năm đến ngày 30/9/2024' -> 2024-01-01..2024-09-30. 'Mỗi tháng ... từ 1.200 đến 1.500' a range with no period.",
    "'Giai đoạn 2021-2025 ... chỉ tiêu ... 12.000' target figure; 'từ năm 2021 đến nay ... 9.312 ..., đạt 77,6%' -> period to the dateline, percent 77,6.",
    "The plan is its own figure, so 9.312 gets no target attribute. '25 viên chức' (staffing plan) optional.",
    "Distractors: 'Quyết định số 3185/QĐ-UBND', 'tổng đài 1022', phone 0251.3822.637, dateline time 09:15, breadcrumb.",
]

emit("p255-8", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Đồng Nai")
