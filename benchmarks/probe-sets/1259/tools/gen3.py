"""p1259-3: formal report (UBND tỉnh Quảng Bình, Số: 27/BC-UBND): forest change by satellite 2024; flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG BÌNH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Bình, ngày 14 tháng 02 năm 2025

BÁO CÁO
Kết quả theo dõi diễn biến rừng bằng ảnh vệ tinh và trồng rừng năm 2024

Thực hiện Công văn số 1530/BNN-TCLN của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ NĂM 2024
1. Hiện trạng và diễn biến rừng
Đến ngày 31/12/2024, tổng diện tích rừng toàn tỉnh là 617.954 ha, gồm rừng tự nhiên 466.420 ha và rừng trồng 151.534 ha; tỷ lệ che phủ rừng đạt 68,69%, đứng thứ 2 cả nước.
Trên cơ sở ảnh vệ tinh Landsat 9 và Sentinel-2, Chi cục Kiểm lâm đã phát hiện 1.245 điểm biến động, tăng 8,2% so với năm 2023; trong đó 1.102 điểm do khai thác rừng trồng đến tuổi, 143 điểm do các nguyên nhân khác. Diện tích rừng bị thiệt hại do vi phạm là 27,6 ha, chỉ bằng 61% năm 2023.

2. Trồng rừng
Năm 2024, toàn tỉnh trồng được 8.960 ha rừng tập trung, đạt 112% kế hoạch, tăng 11,2% so với năm 2023. Kết quả theo địa phương:
Đơn vị tính: ha
Địa phương | Năm 2023 | Năm 2024 | Kế hoạch 2025
Huyện Minh Hóa | 1.420 | 1.515 | 1.400
Huyện Bố Trạch | 2.310 | 2.685 | 2.500
Huyện Lệ Thủy | 1.980 | 2.140 | 2.000
Các địa phương khác | 2.350 | 2.620 | 2.600
Tổng cộng | 8.060 | 8.960 | 8.500

3. Xử lý vi phạm
Các cơ quan chức năng đã xử lý 96 vụ vi phạm pháp luật về lâm nghiệp, trong đó xử lý hình sự 7 vụ; tịch thu 42,8 m3 gỗ các loại.

II. NHIỆM VỤ NĂM 2025
Phấn đấu duy trì tỷ lệ che phủ rừng trên 68,5%; trồng mới 8.500 ha rừng tập trung; 100% điểm cảnh báo mất rừng được xác minh trong thời gian không quá 10 ngày.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, NN.
"""

ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
Y24H = per("NĂM 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23c = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24c = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25H = per("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", Y23c, None), ("năm 2024", Y24c, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("Huyện Minh Hóa", ["1.420", "1.515", "1.400"], "Minh Hóa"),
        ("Huyện Bố Trạch", ["2.310", "2.685", "2.500"], "Bố Trạch"),
        ("Huyện Lệ Thủy", ["1.980", "2.140", "2.000"], "Lệ Thủy"),
        ("Các địa phương khác", ["2.350", "2.620", "2.600"], None),
        ("Tổng cộng", ["8.060", "8.960", "8.500"], None)]

CELLS = []
for label, nums, place in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
            subj = f"diện tích trồng rừng tập trung {col}"
        else:
            subj = f"diện tích trồng rừng tập trung {label.lower()} {col}"
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")), "measure", "ha",
                         subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("là 617.954 ha", "617.954", 617954, "measure", "ha", subject="tổng diện tích rừng", period=ASOF),
    fig("nhiên 466.420 ha", "466.420", 466420, "measure", "ha", total=617954, subject="diện tích rừng tự nhiên",
        period=ASOF),
    fig("trồng 151.534 ha", "151.534", 151534, "measure", "ha", total=617954, subject="diện tích rừng trồng",
        period=ASOF),
    fig("đạt 68,69%", "68,69", 68.69, "percent", "%", subject="tỷ lệ che phủ rừng", period=ASOF),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="tỷ lệ che phủ rừng", period=ASOF),
    fig("hiện 1.245 điểm", "1.245", 1245, "count", "điểm", change=chg("increase", 8.2, "%", "năm 2023"),
        subject="điểm biến động Chi cục Kiểm lâm phát hiện trên ảnh vệ tinh", period=inh(Y24H)),
    fig("1.102 điểm", "1.102", 1102, "count", "điểm", total=1245,
        subject="điểm biến động do khai thác rừng trồng đến tuổi", period=inh(Y24H)),
    fig("143 điểm", "143", 143, "count", "điểm", total=1245,
        subject="điểm biến động do các nguyên nhân khác", period=inh(Y24H)),
    fig("là 27,6 ha", "27,6", 27.6, "measure", "ha", percent=61,
        subject="diện tích rừng bị thiệt hại do vi phạm", period=inh(Y24H)),
    fig("được 8.960 ha", "8.960", 8960, "measure", "ha", percent=112,
        change=chg("increase", 11.2, "%", "năm 2023"), subject="diện tích trồng rừng tập trung", period=Y24),
] + CELLS + [
    fig("xử lý 96 vụ", "96", 96, "count", "vụ", subject="vụ vi phạm pháp luật về lâm nghiệp được xử lý",
        period=inh(Y24H)),
    fig("hình sự 7 vụ", "7", 7, "count", "vụ", total=96, subject="vụ xử lý hình sự", period=inh(Y24H)),
    fig("thu 42,8 m3", "42,8", 42.8, "measure", "m3", subject="gỗ các loại bị tịch thu", period=inh(Y24H)),
    fig("trên 68,5%", "68,5", 68.5, "percent", "%", approx="over", status="target",
        subject="tỷ lệ che phủ rừng", period=inh(Y25H)),
    fig("mới 8.500 ha", "8.500", 8500, "measure", "ha", status="target",
        subject="diện tích trồng mới rừng tập trung", period=inh(Y25H)),
    fig("100% điểm", "100", 100, "percent", "%", status="target",
        subject="điểm cảnh báo mất rừng được xác minh", period=inh(Y25H)),
    fig("quá 10 ngày", "10", 10, "measure", "ngày", approx="at_most", status="target",
        subject="thời gian xác minh điểm cảnh báo mất rừng", period=inh(Y25H)),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Bình, Số: 27/BC-UBND, 'Quảng Bình, ngày 14 tháng 02 năm 2025'), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: 27/BC-UBND, Công văn số 1530/BNN-TCLN, 'Landsat 9', 'Sentinel-2', 'm3' in the unit, section numbers, 'Lưu: VT, NN'.",
    "'gồm rừng tự nhiên ... và rừng trồng ...' add up to 617.954 ha: total. As-of date 31/12/2024 governs the whole sentence, rank included.",
    "'đứng thứ 2 cả nước' after the cover rate: a rank of that rate, located in Quảng Bình.",
    "'trong đó' after 1.245 điểm: 1.102 + 143 = 1.245, total. '27,6 ha, chỉ bằng 61% năm 2023' → percent attribute 61.",
    "Periods in section I stand in the heading 'I. KẾT QUẢ NĂM 2024' (another sentence): inherited. Same for section II targets (NĂM 2025).",
    "Flattened '|' table, 'Đơn vị tính: ha': district rows give location, other rows go into the subject; 'Kế hoạch 2025' → target; no totals for cells.",
    "'không quá 10 ngày' → at_most. Section II 'Phấn đấu' governs all three clauses (target).",
]

if __name__ == "__main__":
    write("p1259-3", TEXT, NOTES, FIGS, published="2025-02-14", location="Quảng Bình")
