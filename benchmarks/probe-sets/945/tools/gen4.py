"""p945-4: Bộ NN&PTNT site, national forestry 2023: planting, exports, certified forest, large timber, targets."""
from lib import F, build, period, year, asof, inh, up, down

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Lâm nghiệp
Ngày đăng: 15/01/2024 | Lượt xem: 1.206

Năm 2023, xuất khẩu gỗ và lâm sản đạt 14,4 tỷ USD

Theo Cục Lâm nghiệp, năm 2023 cả nước trồng được 250.800 ha rừng tập trung, đạt 104,5% kế hoạch, trong đó rừng trồng sản xuất chiếm khoảng 93%; tỷ lệ che phủ rừng toàn quốc đạt 42,02%. Sản lượng gỗ khai thác từ rừng trồng đạt 20,8 triệu m3, tăng 4,5% so với năm 2022.

Kim ngạch xuất khẩu gỗ và lâm sản cả năm đạt 14,4 tỷ USD, giảm 16,1% so với năm 2022; thặng dư thương mại ngành gỗ khoảng 11,8 tỷ USD. Các thị trường nhập khẩu lớn nhất lần lượt là Hoa Kỳ (7,1 tỷ USD), Trung Quốc (2,1 tỷ USD) và Nhật Bản (1,9 tỷ USD).

Tính đến 31/12/2023, cả nước có khoảng 527.000 ha rừng được cấp chứng chỉ quản lý rừng bền vững, trong đó theo hệ thống FSC 312.000 ha, theo hệ thống PEFC-VFCS 215.000 ha. Có 36 tỉnh, thành phố có rừng được cấp chứng chỉ, dẫn đầu là Quảng Trị, Thừa Thiên Huế và Yên Bái. Diện tích rừng trồng gỗ lớn đạt khoảng 545.000 ha, chiếm 13,5% diện tích rừng trồng; năng suất bình quân rừng keo đạt 18-20 m3/ha/năm, một số mô hình thâm canh đạt trên 30 m3/ha/năm.

Năm 2024, Bộ đặt mục tiêu trồng 240.000 ha rừng tập trung, duy trì tỷ lệ che phủ rừng ở mức 42,02%, giá trị xuất khẩu gỗ và lâm sản đạt 15,5 tỷ USD. Theo Chiến lược phát triển lâm nghiệp Việt Nam giai đoạn 2021-2030, tầm nhìn đến năm 2050 ban hành kèm Quyết định số 523/QĐ-TTg, đến năm 2030 diện tích rừng được cấp chứng chỉ đạt trên 1 triệu ha, kim ngạch xuất khẩu gỗ đạt 25 tỷ USD.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y23 = year("năm 2023", 2023)
CN = year("cả năm", 2023)
ASOF = asof("Tính đến 31/12/2023", "2023-12-31")
Y24 = year("Năm 2024", 2024)
T30 = asof("đến năm 2030", "2030-12-31")
EXP = "kim ngạch xuất khẩu gỗ và lâm sản"

FIGS = [
    F("lâm sản đạt 14,4 tỷ USD", "14,4", 14.4e9, "money", "USD", "xuất khẩu gỗ và lâm sản",
      period=year("Năm 2023", 2023)),
    F("được 250.800 ha", "250.800", 250800, "measure", "ha", "rừng tập trung trồng được", percent=104.5, period=Y23),
    F("khoảng 93%", "93", 93, "percent", "%", "tỷ trọng rừng trồng sản xuất trong diện tích rừng tập trung trồng được",
      approx="about", period=Y23),
    F("toàn quốc đạt 42,02%", "42,02", 42.02, "percent", "%", "tỷ lệ che phủ rừng toàn quốc", period=Y23),
    F("đạt 20,8 triệu m3", "20,8", 20.8e6, "measure", "m3", "sản lượng gỗ khai thác từ rừng trồng",
      change=up(4.5, baseline="năm 2022"), period=inh(Y23)),
    F("cả năm đạt 14,4 tỷ USD", "14,4", 14.4e9, "money", "USD", EXP,
      change=down(16.1, baseline="năm 2022"), period=CN),
    F("khoảng 11,8 tỷ USD", "11,8", 11.8e9, "money", "USD", "thặng dư thương mại ngành gỗ", approx="about", period=CN),
    F("Hoa Kỳ (7,1 tỷ USD)", "7,1", 7.1e9, "money", "USD", EXP, period=inh(CN)),
    F("Trung Quốc (2,1 tỷ USD)", "2,1", 2.1e9, "money", "USD", EXP, period=inh(CN)),
    F("Nhật Bản (1,9 tỷ USD)", "1,9", 1.9e9, "money", "USD", EXP, period=inh(CN)),
    F("khoảng 527.000 ha", "527.000", 527000, "measure", "ha", "rừng được cấp chứng chỉ quản lý rừng bền vững",
      approx="about", period=ASOF),
    F("FSC 312.000 ha", "312.000", 312000, "measure", "ha", "rừng được cấp chứng chỉ theo hệ thống FSC",
      total=527000, period=ASOF),
    F("PEFC-VFCS 215.000 ha", "215.000", 215000, "measure", "ha", "rừng được cấp chứng chỉ theo hệ thống PEFC-VFCS",
      total=527000, period=ASOF),
    F("Có 36 tỉnh", "36", 36, "count", "tỉnh, thành phố", "tỉnh, thành phố có rừng được cấp chứng chỉ", period=inh(ASOF)),
    F("khoảng 545.000 ha", "545.000", 545000, "measure", "ha", "diện tích rừng trồng gỗ lớn",
      approx="about", percent=13.5, period=inh(ASOF)),
    F("đạt 18-20 m3/ha/năm", "18", 18, "measure", "m3/ha/năm", "năng suất bình quân rừng keo", value_max=20),
    F("trên 30 m3/ha/năm", "30", 30, "measure", "m3/ha/năm", "năng suất một số mô hình thâm canh", approx="over"),
    F("trồng 240.000 ha", "240.000", 240000, "measure", "ha", "rừng tập trung trồng", status="target", period=Y24),
    F("ở mức 42,02%", "42,02", 42.02, "percent", "%", "tỷ lệ che phủ rừng", status="target", period=Y24),
    F("đạt 15,5 tỷ USD", "15,5", 15.5e9, "money", "USD", "giá trị xuất khẩu gỗ và lâm sản", status="target", period=Y24),
    F("trên 1 triệu ha", "1", 1e6, "measure", "ha", "diện tích rừng được cấp chứng chỉ",
      approx="over", status="target", period=T30),
    F("đạt 25 tỷ USD", "25", 25e9, "money", "USD", "kim ngạch xuất khẩu gỗ", status="target", period=T30),
]

NOTES = [
    "Bộ NN&PTNT news page (Ngày đăng 15/01/2024): national forestry results 2023, certified forest, large timber, 2024 and 2030 targets.",
    "All figures national: location Việt Nam; export markets (Hoa Kỳ, Trung Quốc, Nhật Bản) are trade partners, not places of the figure.",
    "'trong đó rừng trồng sản xuất chiếm khoảng 93%' is a share of a part with no amount of its own: a percent figure (250.800 already has 104,5%).",
    "FSC 312.000 + PEFC-VFCS 215.000 = 527.000 (trong đó): totals. Productivity rates keep '/ha/năm' in the unit; they carry no period.",
    "Distractors: 'Lượt xem: 1.206', 'giai đoạn 2021-2030', 'tầm nhìn đến năm 2050', 'Quyết định số 523/QĐ-TTg', 'Số 2 Ngọc Hà', phone.",
]

build(4, TEXT, FIGS, NOTES, published="2024-01-15", location="Việt Nam")
