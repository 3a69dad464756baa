from lib import F, P, I, CH, TG, emit

TEXT = """Thống kê truy cập
Tổng truy cập 1.204.557
Đang truy cập 318

CỤC THỐNG KÊ THÀNH PHỐ ĐÀ NẴNG
Ngày cập nhật 05/08/2024

Kinh tế số đóng góp 19,2% GRDP Đà Nẵng

Theo kết quả tính toán của Cục Thống kê, tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP thành phố Đà Nẵng năm 2023 ước đạt 19,2%, tăng 0,9 điểm phần trăm so với năm 2022. Trong đó, kinh tế số lõi đóng góp 11,4%, số hóa các ngành khác đóng góp 7,8%.

Tính đến ngày 30/6/2024, thành phố có 2.150 doanh nghiệp công nghệ số đang hoạt động, đạt tỷ lệ 1,75 doanh nghiệp/1.000 dân, cao nhất cả nước. Doanh thu ngành công nghệ thông tin - truyền thông 6 tháng đầu năm 2024 ước đạt 17.380,5 tỷ đồng, tăng 14,6% so với cùng kỳ; trong đó doanh thu phần mềm, dịch vụ công nghệ thông tin đạt 8.940 tỷ đồng.

Về Chỉ số chuyển đổi số (DTI) cấp tỉnh năm 2023, Đà Nẵng xếp thứ 1/63 tỉnh, thành phố, năm thứ 4 liên tiếp dẫn đầu; riêng trụ cột kinh tế số đạt 0,6512 điểm.

Trên địa bàn hiện có 5 khu công nghệ thông tin tập trung và 3 vườn ươm khởi nghiệp sáng tạo; riêng Công viên phần mềm số 2 đã thu hút khoảng 1.200 kỹ sư. Tỷ lệ người dân có tài khoản thanh toán tại ngân hàng hoặc ví điện tử đạt 87,3%.

Theo Nghị quyết số 43/NQ-TU của Thành ủy, đến năm 2025 kinh tế số chiếm 20% GRDP thành phố; đến năm 2030 chiếm từ 30 đến 35%.

Địa chỉ: Tầng 9, Trung tâm Hành chính thành phố, 24 Trần Phú, quận Hải Châu. Điện thoại: 0236.3822.129.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("đóng góp 19,2% GRDP", "19,2", 19.2, "percent", "%", "kinh tế số đóng góp GRDP"),
    F("ước đạt 19,2%", "19,2", 19.2, "percent", "%", "tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP", Y23,
      status="estimate", change=CH("increase", 0.9, "điểm phần trăm", baseline="năm 2022")),
    F("đóng góp 11,4%", "11,4", 11.4, "percent", "%", "kinh tế số lõi đóng góp", I(Y23), total=19.2, status="estimate"),
    F("đóng góp 7,8%", "7,8", 7.8, "percent", "%", "số hóa các ngành khác đóng góp", I(Y23), total=19.2,
      status="estimate"),
    F("có 2.150 doanh nghiệp", "2.150", 2150, "count", "doanh nghiệp", "doanh nghiệp công nghệ số đang hoạt động", ASOF),
    F("tỷ lệ 1,75 doanh nghiệp", "1,75", 1.75, "measure", "doanh nghiệp/1.000 dân", "doanh nghiệp công nghệ số trên 1.000 dân",
      ASOF),
    F("ước đạt 17.380,5 tỷ đồng", "17.380,5", 17380.5e9, "money", "đồng", "doanh thu ngành công nghệ thông tin - truyền thông",
      H1, status="estimate", change=CH("increase", 14.6, baseline="cùng kỳ")),
    F("đạt 8.940 tỷ đồng", "8.940", 8940e9, "money", "đồng", "doanh thu phần mềm, dịch vụ công nghệ thông tin", H1,
      total=17380.5e9, status="estimate"),
    F("xếp thứ 1/63", "1", 1, "rank", "hạng", "Chỉ số chuyển đổi số (DTI) cấp tỉnh", Y23, total=63),
    F("đạt 0,6512 điểm", "0,6512", 0.6512, "measure", "điểm", "trụ cột kinh tế số", Y23),
    F("có 5 khu", "5", 5, "count", "khu công nghệ thông tin tập trung", "khu công nghệ thông tin tập trung"),
    F("và 3 vườn ươm", "3", 3, "count", "vườn ươm", "vườn ươm khởi nghiệp sáng tạo"),
    F("khoảng 1.200 kỹ sư", "1.200", 1200, "count", "kỹ sư", "kỹ sư Công viên phần mềm số 2 thu hút", approx="about"),
    F("đạt 87,3%", "87,3", 87.3, "percent", "%", "tỷ lệ người dân có tài khoản thanh toán tại ngân hàng hoặc ví điện tử"),
    F("chiếm 20% GRDP", "20", 20, "percent", "%", "kinh tế số chiếm GRDP thành phố", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
    F("từ 30 đến 35%", "30", 30, "percent", "%", "kinh tế số chiếm GRDP thành phố", P("đến năm 2030", None, "2030-12-31"),
      value_max=35, status="target"),
]

COMMENTS = [
    "p561-8 Statistics office site (Cục Thống kê Đà Nẵng), visitor counter at the top, 'Ngày cập nhật 05/08/2024': digital economy share of",
    "GRDP 2023, digital-tech firms and firms/1.000 dân, ICT revenue H1/2024, DTI rank, IT parks, payment accounts, 2025/2030 targets.",
    "19,2% is a share with a change in điểm phần trăm; 'Trong đó' 11,4% + 7,8% add up to it (total 19.2, as shared h08), and 'ước' continues.",
    "'; trong đó ... 8.940 tỷ đồng' is a part of 17.380,5 tỷ. 'xếp thứ 1/63' is a rank with total 63 (as shared h04).",
    "Headline 19,2% has no period of its own and no ước: actual, no period.",
    "Distractors: 'Tổng truy cập 1.204.557', 'Đang truy cập 318', 'năm thứ 4 liên tiếp', 'Công viên phần mềm số 2', Nghị quyết số 43/NQ-TU,",
    "'Tầng 9', '24 Trần Phú', phone 0236.3822.129.",
]

emit("p561-8", TEXT, COMMENTS, FIGS, published="2024-08-05", location="Đà Nẵng")
