from lib import F, P, INH, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình thực hiện và giải ngân kế hoạch vốn đầu tư công 6 tháng đầu năm 2024

Thực hiện Công văn số 4785/BKHĐT-TH ngày 14/6/2024 của Bộ Kế hoạch và Đầu tư, UBND tỉnh Đồng Tháp báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Kế hoạch vốn năm 2024 được giao là 4.269,94 tỷ đồng, phân bổ cho 187 dự án, trong đó 64 dự án chuyển tiếp và 123 dự án khởi công mới.

2. Kết quả giải ngân theo nguồn vốn (đơn vị tính: triệu đồng):
STT | Nguồn vốn | Kế hoạch năm 2024 | Giải ngân đến 30/6/2024 | Tỷ lệ (%)
1 | Ngân sách trung ương | 1.852.640 | 712.430 | 38,5
2 | Ngân sách địa phương | 2.417.300 | 1.138.550 | 47,1
| Tổng cộng | 4.269.940 | 1.850.980 | 43,3

Ước giải ngân đến ngày 31/7/2024 đạt khoảng 2.350 tỷ đồng, bằng 55% kế hoạch.

3. Lĩnh vực giao thông được giao 1.936,2 tỷ đồng, chiếm 45,3% tổng kế hoạch; giải ngân 6 tháng đạt 981,7 tỷ đồng. Riêng dự án cao tốc Cao Lãnh – An Hữu (giai đoạn 1) giải ngân 512,8 tỷ đồng; đã bàn giao 168,3/171,6 ha mặt bằng.

II. TỒN TẠI, HẠN CHẾ
Còn 23 dự án giải ngân dưới 20% kế hoạch, chủ yếu do vướng mặt bằng và thiếu cát đắp nền (nguồn cung mới đáp ứng khoảng 60% nhu cầu).

III. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu đến hết quý III/2024 giải ngân trên 70% và cả năm đạt trên 95% kế hoạch vốn được giao.

Nơi nhận:
- Bộ KH&ĐT;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
GN = P("Giải ngân đến 30/6/2024", end="2024-06-30")
H1 = P("6 tháng", "2024-01-01", "2024-06-30")
TR = "Ngân sách trung ương"
DP = "Ngân sách địa phương"
TC = "Tổng cộng vốn đầu tư công"

FIGS = [
    F("là 4.269,94 tỷ", "4.269,94", 4269.94e9, "money", "đồng", "kế hoạch vốn được giao", Y, status="target"),
    F("cho 187 dự án", "187", 187, "count", "dự án", "dự án được phân bổ kế hoạch vốn", Y, status="target"),
    F("64 dự án", "64", 64, "count", "dự án", "dự án chuyển tiếp", Y, total=187, status="target"),
    F("123 dự án", "123", 123, "count", "dự án", "dự án khởi công mới", Y, total=187, status="target"),
    # flattened table, unit triệu đồng
    F("1.852.640", "1.852.640", 1852640e6, "money", "đồng", TR + " kế hoạch năm 2024", KH, status="target"),
    F("712.430", "712.430", 712430e6, "money", "đồng", TR + " giải ngân", GN),
    F("| 38,5", "38,5", 38.5, "percent", "%", TR + " tỷ lệ giải ngân", INH(GN)),
    F("2.417.300", "2.417.300", 2417300e6, "money", "đồng", DP + " kế hoạch năm 2024", KH, status="target"),
    F("1.138.550", "1.138.550", 1138550e6, "money", "đồng", DP + " giải ngân", GN),
    F("| 47,1", "47,1", 47.1, "percent", "%", DP + " tỷ lệ giải ngân", INH(GN)),
    F("4.269.940", "4.269.940", 4269940e6, "money", "đồng", TC + " kế hoạch năm 2024", KH, status="target"),
    F("1.850.980", "1.850.980", 1850980e6, "money", "đồng", TC + " giải ngân", GN),
    F("| 43,3", "43,3", 43.3, "percent", "%", TC + " tỷ lệ giải ngân", INH(GN)),
    F("khoảng 2.350 tỷ", "2.350", 2350e9, "money", "đồng", "vốn đầu tư công giải ngân",
      P("đến ngày 31/7/2024", end="2024-07-31"), approx="about", percent=55, status="estimate"),
    F("giao 1.936,2 tỷ", "1.936,2", 1936.2e9, "money", "đồng", "kế hoạch vốn lĩnh vực giao thông được giao", INH(Y),
      percent=45.3, status="target"),
    F("đạt 981,7 tỷ", "981,7", 981.7e9, "money", "đồng", "vốn lĩnh vực giao thông giải ngân", H1),
    F("giải ngân 512,8 tỷ", "512,8", 512.8e9, "money", "đồng", "vốn dự án cao tốc Cao Lãnh – An Hữu giải ngân", INH(H1)),
    F("168,3/171,6 ha", "168,3", 168.3, "measure", "ha", "mặt bằng dự án cao tốc Cao Lãnh – An Hữu đã bàn giao", total=171.6),
    F("Còn 23 dự án", "23", 23, "count", "dự án", "dự án giải ngân dưới 20% kế hoạch"),
    F("dưới 20%", "20", 20, "percent", "%", "tỷ lệ giải ngân kế hoạch", approx="under", optional=True),
    F("khoảng 60%", "60", 60, "percent", "%", "nguồn cung cát đắp nền đáp ứng nhu cầu", approx="about"),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ giải ngân kế hoạch vốn", P("đến hết quý III/2024", end="2024-09-30"),
      approx="over", status="target"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ giải ngân kế hoạch vốn được giao",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "UBND tỉnh Đồng Tháp, Số: 215/BC-UBND: giải ngân vốn đầu tư công 6 tháng đầu năm 2024 (invented probe article, set 518).",
    "Flattened '|' table in triệu đồng: Kế hoạch cells are targets (period from header), Giải ngân cells as-of 30/6/2024, Tỷ lệ cells",
    "are percent figures of their own (inherited period). Row numbers 1, 2 are not figures. Allocated capital ('kế hoạch vốn được giao') is a",
    "plan: status target.",
    "revised: 187 / 64 / 123 dự án made target (the 'Kế hoạch vốn' cue governs the clauses that continue it, FIGURES.md status).",
    "Distractors: Số 215/BC-UBND, Công văn số 4785/BKHĐT-TH, date lines, section numbers, 'giai đoạn 1', 'quý III/2024'.",
]

if __name__ == "__main__":
    emit("p518-3", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Đồng Tháp")
