"""p736-1: province portal, Bắc Ninh, thưởng Tết Giáp Thìn 2024."""
from lib import fig, emit, year, asof, period, inh, change

TEXT = """Trang chủ > Tin tức - Sự kiện > Lao động - Việc làm
Bắc Ninh: Thưởng Tết Giáp Thìn cao nhất 1,2 tỷ đồng/người
Cập nhật: 12/01/2024 15:42 | Lượt xem: 3.418

Theo báo cáo nhanh của Sở Lao động - Thương binh và Xã hội, tính đến ngày 10/01/2024, toàn tỉnh Bắc Ninh có 1.286 doanh nghiệp gửi báo cáo tình hình tiền lương, thưởng, trong đó có 842 doanh nghiệp có vốn đầu tư nước ngoài (FDI). Năm 2023, tiền lương bình quân của người lao động ước đạt 9,1 triệu đồng/người/tháng, tăng 4,6% so với năm 2022.

Về thưởng Tết Nguyên đán Giáp Thìn 2024, mức thưởng bình quân là 6,4 triệu đồng/người, giảm khoảng 8% so với Tết Quý Mão. Mức thưởng cao nhất là 1,2 tỷ đồng/người tại một công ty điện tử vốn Hàn Quốc; mức thấp nhất 300.000 đồng/người. Khối doanh nghiệp FDI có mức thưởng bình quân 7,1 triệu đồng/người; doanh nghiệp ngoài nhà nước 4,8 triệu đồng/người; doanh nghiệp nhà nước 5,5 triệu đồng/người.

Tuy nhiên, gần 3.200 lao động tại 14 doanh nghiệp có nguy cơ không được thưởng do thiếu đơn hàng. Hiện có 6 doanh nghiệp nợ lương, gồm Quế Võ (3 doanh nghiệp), Tiên Du (2 doanh nghiệp) và Thuận Thành (1 doanh nghiệp), với tổng số tiền hơn 4,3 tỷ đồng, ảnh hưởng tới 517 lao động.

Liên đoàn Lao động tỉnh dành 12,6 tỷ đồng chăm lo Tết cho đoàn viên, trong đó hỗ trợ 2.500 vé xe, vé tàu cho công nhân về quê đón Tết với mức 500.000 đồng/vé; lễ trao vé tổ chức tại Khu công nghiệp Quế Võ II. Dự kiến khoảng 96% doanh nghiệp sẽ thưởng Tết cho người lao động. Phấn đấu 100% doanh nghiệp thanh toán đầy đủ tiền lương trước ngày 31/01/2024.

Đường dây nóng: 0222.3822.569 - Trụ sở: số 10 Phù Đổng Thiên Vương, TP Bắc Ninh.
"""

ASOF = asof("tính đến ngày 10/01/2024", "2024-01-10")
Y23 = year(2023, "Năm 2023")
DPER = asof("trước ngày 31/01/2024", "2024-01-31")

FIGS = [
    fig("Thìn cao nhất 1,2 tỷ", "1,2", 1.2e9, "money", "đồng/người", "mức thưởng Tết Giáp Thìn cao nhất"),
    fig("có 1.286 doanh nghiệp", "1.286", 1286, "count", "doanh nghiệp",
        "doanh nghiệp gửi báo cáo tình hình tiền lương, thưởng", ASOF),
    fig("có 842 doanh nghiệp", "842", 842, "count", "doanh nghiệp",
        "doanh nghiệp có vốn đầu tư nước ngoài (FDI) gửi báo cáo", ASOF, total=1286),
    fig("ước đạt 9,1 triệu", "9,1", 9.1e6, "money", "đồng/người/tháng",
        "tiền lương bình quân của người lao động", Y23, status="estimate",
        change=change("increase", 4.6, baseline="năm 2022")),
    fig("là 6,4 triệu", "6,4", 6.4e6, "money", "đồng/người",
        "mức thưởng Tết Nguyên đán Giáp Thìn bình quân",
        change=change("decrease", 8, approx="about", baseline="Tết Quý Mão")),
    fig("là 1,2 tỷ đồng/người tại", "1,2", 1.2e9, "money", "đồng/người", "mức thưởng Tết cao nhất"),
    fig("thấp nhất 300.000", "300.000", 300000, "money", "đồng/người", "mức thưởng Tết thấp nhất"),
    fig("bình quân 7,1 triệu", "7,1", 7.1e6, "money", "đồng/người", "mức thưởng Tết bình quân khối doanh nghiệp FDI"),
    fig("ngoài nhà nước 4,8 triệu", "4,8", 4.8e6, "money", "đồng/người",
        "mức thưởng Tết bình quân doanh nghiệp ngoài nhà nước"),
    fig("nhà nước 5,5 triệu", "5,5", 5.5e6, "money", "đồng/người", "mức thưởng Tết bình quân doanh nghiệp nhà nước"),
    fig("gần 3.200 lao động", "3.200", 3200, "count", "lao động",
        "lao động có nguy cơ không được thưởng Tết", approx="nearly"),
    fig("tại 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp có nguy cơ không thưởng Tết"),
    fig("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", "doanh nghiệp nợ lương"),
    fig("Quế Võ (3 doanh", "3", 3, "count", "doanh nghiệp", "doanh nghiệp nợ lương", total=6, location="Quế Võ"),
    fig("Tiên Du (2 doanh", "2", 2, "count", "doanh nghiệp", "doanh nghiệp nợ lương", total=6, location="Tiên Du"),
    fig("Thuận Thành (1 doanh", "1", 1, "count", "doanh nghiệp", "doanh nghiệp nợ lương", total=6,
        location="Thuận Thành"),
    fig("hơn 4,3 tỷ đồng", "4,3", 4.3e9, "money", "đồng", "tổng số tiền nợ lương", approx="over"),
    fig("tới 517 lao động", "517", 517, "count", "lao động", "lao động bị ảnh hưởng do doanh nghiệp nợ lương"),
    fig("dành 12,6 tỷ đồng", "12,6", 12.6e9, "money", "đồng", "kinh phí chăm lo Tết cho đoàn viên"),
    fig("hỗ trợ 2.500 vé", "2.500", 2500, "count", "vé xe, vé tàu",
        "vé xe, vé tàu hỗ trợ công nhân về quê đón Tết"),
    fig("mức 500.000 đồng/vé", "500.000", 500000, "money", "đồng/vé", "mức hỗ trợ vé xe, vé tàu"),
    fig("khoảng 96% doanh nghiệp", "96", 96, "percent", "%", "doanh nghiệp sẽ thưởng Tết cho người lao động",
        approx="about", status="forecast"),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", "doanh nghiệp thanh toán đầy đủ tiền lương", DPER,
        status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Ninh: tiền lương năm 2023, thưởng Tết Nguyên đán Giáp Thìn 2024, nợ lương, công đoàn hỗ trợ vé xe.",
    "Tết phrases (Tết Nguyên đán Giáp Thìn 2024, Tết Quý Mão) are events, not calendar periods: no period.",
    "'gồm Quế Võ (3 …), Tiên Du (2 …), Thuận Thành (1 …)' follows the whole '6 doanh nghiệp' and adds up: total 6, district locations.",
    "'trong đó hỗ trợ 2.500 vé' follows a money figure (12,6 tỷ đồng): a different thing, so no total.",
    "Distractors: Cập nhật line, Lượt xem: 3.418, hotline 0222.3822.569, số 10 …, Khu công nghiệp Quế Võ II, vốn Hàn Quốc (not a place).",
]

if __name__ == "__main__":
    emit("p736-1", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Bắc Ninh")
