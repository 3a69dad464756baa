from lib import fig, per, inh, chg, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Lao động - Việc làm

Nghệ An: Hơn 28.000 lượt lao động được tư vấn việc làm trong 6 tháng đầu năm

Cập nhật: 08/07/2024 15:20

(Cổng TTĐT Nghệ An) - Theo Trung tâm Dịch vụ việc làm Nghệ An, 6 tháng đầu năm 2024, Trung tâm đã tư vấn về việc làm, học nghề và chính sách bảo hiểm thất nghiệp cho 28.460 lượt lao động, tăng 12,4% so với cùng kỳ năm 2023; giới thiệu việc làm cho 6.215 lượt người, trong đó 3.870 lượt người đã nhận được việc làm.

Trung tâm đã tổ chức 42 phiên giao dịch việc làm, gồm 18 phiên định kỳ, 15 phiên lưu động và 9 phiên trực tuyến, thu hút 615 lượt doanh nghiệp tham gia. Các doanh nghiệp đăng ký tuyển dụng khoảng 21.300 vị trí việc làm, chủ yếu ở các ngành dệt may, điện tử, cơ khí; mức lương phổ biến từ 7 đến 12 triệu đồng/tháng.

Về bảo hiểm thất nghiệp, Trung tâm đã tiếp nhận 9.842 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 8,1% so với cùng kỳ; ban hành 9.605 quyết định hưởng với tổng số tiền chi trả hơn 182,6 tỷ đồng. Có 214 người được hỗ trợ học nghề. Các địa phương có nhiều hồ sơ là: thị xã Hoàng Mai (1.126 hồ sơ), huyện Diễn Châu (984 hồ sơ), huyện Quỳnh Lưu (871 hồ sơ).

Trong 6 tháng cuối năm 2024, Trung tâm phấn đấu tư vấn cho 25.000 lượt lao động, tổ chức ít nhất 40 phiên giao dịch việc làm, kết nối việc làm thành công cho trên 4.000 người.

Thông tin chi tiết liên hệ: Trung tâm Dịch vụ việc làm Nghệ An, số 5 đường Lê Hồng Phong, TP Vinh; điện thoại: 0238.3844.522.

Lượt xem: 1.847
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")
UI = "hồ sơ đề nghị hưởng trợ cấp thất nghiệp"

FIGS = [
    fig("Hơn 28.000 lượt", "28.000", 28000, "count", "lượt lao động", approx="over",
        subject="lượt lao động được tư vấn việc làm",
        period=per("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    fig("cho 28.460 lượt", "28.460", 28460, "count", "lượt lao động",
        change=chg("increase", 12.4, baseline="cùng kỳ năm 2023"),
        subject="lượt lao động được tư vấn về việc làm, học nghề và chính sách bảo hiểm thất nghiệp", period=H1),
    fig("cho 6.215 lượt", "6.215", 6215, "count", "lượt người",
        subject="lượt người được giới thiệu việc làm", period=H1),
    fig("3.870 lượt người", "3.870", 3870, "count", "lượt người", total=6215,
        subject="lượt người đã nhận được việc làm", period=H1),
    fig("tổ chức 42 phiên", "42", 42, "count", "phiên",
        subject="phiên giao dịch việc làm Trung tâm đã tổ chức", period=inh(H1)),
    fig("18 phiên định kỳ", "18", 18, "count", "phiên", total=42,
        subject="phiên giao dịch việc làm định kỳ", period=inh(H1)),
    fig("15 phiên lưu động", "15", 15, "count", "phiên", total=42,
        subject="phiên giao dịch việc làm lưu động", period=inh(H1)),
    fig("9 phiên trực tuyến", "9", 9, "count", "phiên", total=42,
        subject="phiên giao dịch việc làm trực tuyến", period=inh(H1)),
    fig("615 lượt doanh nghiệp", "615", 615, "count", "lượt doanh nghiệp",
        subject="lượt doanh nghiệp tham gia phiên giao dịch việc làm", period=inh(H1)),
    fig("khoảng 21.300 vị trí", "21.300", 21300, "count", "vị trí việc làm", approx="about",
        subject="vị trí việc làm các doanh nghiệp đăng ký tuyển dụng", period=inh(H1)),
    fig("từ 7 đến 12 triệu", "7", 7000000, "money", "đồng/tháng", value_max=12000000,
        subject="mức lương phổ biến", period=inh(H1)),
    fig("tiếp nhận 9.842 hồ sơ", "9.842", 9842, "count", "hồ sơ",
        change=chg("increase", 8.1, baseline="cùng kỳ"),
        subject=UI + " Trung tâm đã tiếp nhận", period=inh(H1)),
    fig("ban hành 9.605 quyết định", "9.605", 9605, "count", "quyết định",
        subject="quyết định hưởng trợ cấp thất nghiệp", period=inh(H1)),
    fig("hơn 182,6 tỷ đồng", "182,6", 182600000000, "money", "đồng", approx="over",
        subject="tổng số tiền chi trả trợ cấp thất nghiệp", period=inh(H1)),
    fig("Có 214 người", "214", 214, "count", "người",
        subject="người được hỗ trợ học nghề", period=inh(H1)),
    fig("(1.126 hồ sơ)", "1.126", 1126, "count", "hồ sơ", subject=UI, period=inh(H1), location="Hoàng Mai"),
    fig("(984 hồ sơ)", "984", 984, "count", "hồ sơ", subject=UI, period=inh(H1), location="Diễn Châu"),
    fig("(871 hồ sơ)", "871", 871, "count", "hồ sơ", subject=UI, period=inh(H1), location="Quỳnh Lưu"),
    fig("cho 25.000 lượt", "25.000", 25000, "count", "lượt lao động", status="target",
        subject="lượt lao động được tư vấn", period=H2),
    fig("ít nhất 40 phiên", "40", 40, "count", "phiên", approx="at_least", status="target",
        subject="phiên giao dịch việc làm tổ chức", period=H2),
    fig("trên 4.000 người", "4.000", 4000, "count", "người", approx="over", status="target",
        subject="người được kết nối việc làm thành công", period=H2),
]

COMMENTS = [
    "Cổng TTĐT Nghệ An (province portal): Trung tâm Dịch vụ việc làm Nghệ An, kết quả 6 tháng đầu năm 2024 (invented).",
    "'Cập nhật: 08/07/2024 15:20' is the dateline; 'Lượt xem: 1.847', phone 0238.3844.522, 'số 5 đường Lê Hồng Phong' are not figures.",
    "Headline '6 tháng đầu năm' has no year: nothing dated stands before it, so the year of `published` (2024).",
    "18 + 15 + 9 = 42 phiên after 'gồm': totals. 3.870 lượt người after 'trong đó' is a part of 6.215 lượt người.",
    "District list after 'Các địa phương có nhiều hồ sơ là:' follows no figure (the 9.842 is two sentences earlier): no total.",
    "'phấn đấu' governs the whole last sentence: the three figures are targets for 6 tháng cuối năm 2024.",
]

emit("p630-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Nghệ An")
