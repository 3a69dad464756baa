"""p475-4: Ministry (Bộ NN&PTNT) site, national forest status 2023, cover by province, planting, PFES, targets."""
from lib import emit, fig, per, inh, chg

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Lâm nghiệp

Công bố hiện trạng rừng toàn quốc năm 2023: tỷ lệ che phủ rừng đạt 42,02%

Ngày đăng: 24/04/2024 | Lượt xem: 2.065

Ngày 22/4/2024, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn ký Quyết định số 1558/QĐ-BNN-KL công bố hiện trạng rừng toàn quốc năm 2023. Theo đó, tính đến ngày 31/12/2023, tổng diện tích đất có rừng của cả nước là 14.860.309 ha, trong đó rừng tự nhiên 10.129.751 ha, rừng trồng 4.730.558 ha. Diện tích rừng đủ tiêu chuẩn tính tỷ lệ che phủ là 13.923.108 ha; tỷ lệ che phủ rừng toàn quốc đạt 42,02%, tăng 0,03% so với năm 2022. Diện tích rừng bình quân khoảng 0,15 ha/người.

Các địa phương có tỷ lệ che phủ rừng cao nhất là Bắc Kạn (73,37%), Quảng Bình (68,69%), Tuyên Quang (65,21%) và Lạng Sơn (63,64%).

Năm 2023, cả nước trồng được 258.450 ha rừng tập trung, đạt 107,7% kế hoạch, trong đó có 14.200 ha rừng phòng hộ, đặc dụng; trồng 98,6 triệu cây phân tán. Thu tiền dịch vụ môi trường rừng đạt 3.936 tỷ đồng, chi trả cho hơn 513.000 hộ gia đình, cá nhân. Sản lượng gỗ khai thác từ rừng trồng đạt 33,9 triệu m3; kim ngạch xuất khẩu gỗ và lâm sản đạt 14,4 tỷ USD, giảm 14,5% so với năm 2022.

Theo Bộ NN&PTNT, giai đoạn 2021-2025 phấn đấu duy trì tỷ lệ che phủ rừng ổn định ở mức 42-43%; đến năm 2030 tỷ lệ che phủ đạt 43% và thu DVMTR đạt khoảng 5.000 tỷ đồng/năm.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn. Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9670
"""

ASOF = per("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
COVER = "tỷ lệ che phủ rừng"

FIGS = [
    fig("rừng đạt 42,02%", "42,02", 42.02, "percent", "%", "tỷ lệ che phủ rừng toàn quốc",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("là 14.860.309 ha", "14.860.309", 14860309, "measure", "ha", "tổng diện tích đất có rừng", ASOF),
    fig("tự nhiên 10.129.751 ha", "10.129.751", 10129751, "measure", "ha", "diện tích rừng tự nhiên", ASOF,
        total=14860309),
    fig("trồng 4.730.558 ha", "4.730.558", 4730558, "measure", "ha", "diện tích rừng trồng", ASOF,
        total=14860309),
    fig("là 13.923.108 ha", "13.923.108", 13923108, "measure", "ha",
        "diện tích rừng đủ tiêu chuẩn tính tỷ lệ che phủ", inh(ASOF)),
    fig("toàn quốc đạt 42,02%", "42,02", 42.02, "percent", "%", "tỷ lệ che phủ rừng toàn quốc", inh(ASOF),
        change=chg("increase", 0.03, baseline="năm 2022")),
    fig("khoảng 0,15 ha/người", "0,15", 0.15, "measure", "ha/người", "diện tích rừng bình quân", inh(ASOF),
        approx="about"),
    fig("Bắc Kạn (73,37%)", "73,37", 73.37, "percent", "%", COVER, inh(ASOF), location="Bắc Kạn"),
    fig("Quảng Bình (68,69%)", "68,69", 68.69, "percent", "%", COVER, inh(ASOF), location="Quảng Bình"),
    fig("Tuyên Quang (65,21%)", "65,21", 65.21, "percent", "%", COVER, inh(ASOF), location="Tuyên Quang"),
    fig("Lạng Sơn (63,64%)", "63,64", 63.64, "percent", "%", COVER, inh(ASOF), location="Lạng Sơn"),
    fig("được 258.450 ha", "258.450", 258450, "measure", "ha", "diện tích trồng rừng tập trung", Y23,
        percent=107.7),
    fig("có 14.200 ha", "14.200", 14200, "measure", "ha", "diện tích trồng rừng phòng hộ, đặc dụng", Y23,
        total=258450),
    fig("trồng 98,6 triệu cây", "98,6", 98.6e6, "count", "cây", "cây phân tán trồng", Y23),
    fig("đạt 3.936 tỷ đồng", "3.936", 3936e9, "money", "đồng", "thu tiền dịch vụ môi trường rừng", inh(Y23)),
    fig("hơn 513.000 hộ", "513.000", 513000, "count", "hộ gia đình, cá nhân",
        "hộ gia đình, cá nhân được chi trả tiền DVMTR", inh(Y23), approx="over"),
    fig("đạt 33,9 triệu m3", "33,9", 33.9e6, "measure", "m3", "sản lượng gỗ khai thác từ rừng trồng", inh(Y23)),
    fig("đạt 14,4 tỷ USD", "14,4", 14.4e9, "money", "USD", "kim ngạch xuất khẩu gỗ và lâm sản", inh(Y23),
        change=chg("decrease", 14.5, baseline="năm 2022")),
    fig("mức 42-43%", "42", 42, "percent", "%", COVER, per("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"),
        value_max=43, status="target"),
    fig("đạt 43%", "43", 43, "percent", "%", COVER, per("đến năm 2030", None, "2030-12-31"), status="target"),
    fig("khoảng 5.000 tỷ đồng/năm", "5.000", 5000e9, "money", "đồng/năm", "thu DVMTR",
        per("đến năm 2030", None, "2030-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site ('Ngày đăng: 24/04/2024 | Lượt xem: 2.065'): công bố hiện trạng rừng toàn quốc năm 2023.",
    "National figures: location Việt Nam; provinces in the bracketed list go to location (subject = tỷ lệ che phủ rừng).",
    "Headline 42,02% has its own period (năm 2023); the body 42,02% sentence states none (as-of 31/12/2023 inherited).",
    "'0,15 ha/người': rate, denominator in the unit. '5.000 tỷ đồng/năm': money, unit đồng/năm.",
    "Distractors: Quyết định số 1558/QĐ-BNN-KL, Ngày 22/4/2024, Lượt xem: 2.065, Số 2 Ngọc Hà, phone 024.3845.9670.",
]

if __name__ == "__main__":
    emit("p475-4", TEXT, FIGS, COMMENTS, published="2024-04-24", location="Việt Nam")
