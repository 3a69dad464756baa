"""p573-1: province portal (Bắc Giang), land-use right certificates issued in H1/2024."""
from lib import F, P, INH, CH, emit

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Giang
Trang chủ » Tin tức - Sự kiện » Kinh tế
Bắc Giang cấp hơn 9.400 giấy chứng nhận quyền sử dụng đất trong 6 tháng đầu năm
Cập nhật: 11/07/2024 08:30 | Lượt xem: 1.874

Theo báo cáo của Sở Tài nguyên và Môi trường, 6 tháng đầu năm 2024, toàn tỉnh đã cấp 9.426 giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (GCN), đạt 58,3% kế hoạch năm, tăng 14,6% so với cùng kỳ năm 2023, với tổng diện tích 612,8 ha. Trong đó, cấp lần đầu 2.135 GCN; cấp đổi, cấp lại 7.291 GCN.

Một số địa phương cấp nhiều GCN là huyện Lạng Giang (1.318 GCN), Yên Dũng (1.102 GCN), Tân Yên (986 GCN) và thành phố Bắc Giang (874 GCN). Ngược lại, hai huyện Sơn Động và Lục Ngạn lần lượt chỉ cấp được 142 và 209 GCN do vướng mắc về nguồn gốc đất.

Tính đến ngày 30/6/2024, tỉnh đã hoàn thành xây dựng cơ sở dữ liệu địa chính tại 8/10 huyện, thành phố, với khoảng 1,35 triệu thửa đất được số hóa. Tỷ lệ hồ sơ đăng ký đất đai được giải quyết đúng hạn đạt 97,8%; số hồ sơ quá hạn còn 46 hồ sơ, giảm 312 hồ sơ so với cùng kỳ.

Thu tiền sử dụng đất 6 tháng đầu năm ước đạt 1.845,6 tỷ đồng, bằng 41% dự toán năm. Giá trúng đấu giá quyền sử dụng đất ở phổ biến từ 8 đến 15 triệu đồng/m2.

Theo Quyết định số 1456/QĐ-UBND của UBND tỉnh, năm 2024 tỉnh phấn đấu cấp từ 16.000 đến 17.000 GCN; đến năm 2025, 100% thửa đất đủ điều kiện được cấp GCN lần đầu.

Mọi thông tin chi tiết xin liên hệ Văn phòng Đăng ký đất đai tỉnh, số 50 đường Ngô Gia Tự, thành phố Bắc Giang; điện thoại 0204.3854.726.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
G = "giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (GCN) đã cấp"

FIGS = [
    F("cấp hơn 9.400 giấy chứng nhận", "9.400", 9400, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất cấp", P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("đã cấp 9.426 giấy chứng nhận", "9.426", 9426, "count", "giấy chứng nhận", G, H1,
      percent=58.3, change=CH("increase", 14.6, "%", "cùng kỳ năm 2023")),
    F("tổng diện tích 612,8 ha", "612,8", 612.8, "measure", "ha", "tổng diện tích cấp GCN", H1),
    F("cấp lần đầu 2.135 GCN", "2.135", 2135, "count", "GCN", "GCN cấp lần đầu", INH(H1), total=9426),
    F("cấp lại 7.291 GCN", "7.291", 7291, "count", "GCN", "GCN cấp đổi, cấp lại", INH(H1), total=9426),
    F("(1.318 GCN)", "1.318", 1318, "count", "GCN", "GCN cấp", INH(H1), location="Lạng Giang"),
    F("(1.102 GCN)", "1.102", 1102, "count", "GCN", "GCN cấp", INH(H1), location="Yên Dũng"),
    F("(986 GCN)", "986", 986, "count", "GCN", "GCN cấp", INH(H1), location="Tân Yên"),
    F("(874 GCN)", "874", 874, "count", "GCN", "GCN cấp", INH(H1), location="Bắc Giang"),
    # revised after the first run: the determiner count 'hai huyện' was overlooked; optional like shared h04 'Ở 3 trụ cột'
    F("hai huyện Sơn Động", "hai", 2, "count", "huyện", "huyện cấp ít GCN", INH(H1), optional=True),
    F("cấp được 142 và", "142", 142, "count", "GCN", "GCN cấp", INH(H1), location="Sơn Động"),
    F("và 209 GCN", "209", 209, "count", "GCN", "GCN cấp", INH(H1), location="Lục Ngạn"),
    F("tại 8/10 huyện", "8", 8, "count", "huyện, thành phố",
      "huyện, thành phố hoàn thành xây dựng cơ sở dữ liệu địa chính", ASOF, total=10),
    F("khoảng 1,35 triệu thửa đất", "1,35", 1350000, "count", "thửa đất", "thửa đất được số hóa", ASOF,
      approx="about"),
    F("đúng hạn đạt 97,8%", "97,8", 97.8, "percent", "%",
      "Tỷ lệ hồ sơ đăng ký đất đai được giải quyết đúng hạn"),
    F("còn 46 hồ sơ", "46", 46, "count", "hồ sơ", "hồ sơ quá hạn",
      change=CH("decrease", 312, "hồ sơ", "cùng kỳ")),
    F("ước đạt 1.845,6 tỷ đồng", "1.845,6", 1845600000000, "money", "đồng", "Thu tiền sử dụng đất",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), percent=41, status="estimate"),
    F("từ 8 đến 15 triệu đồng/m2", "8", 8000000, "money", "đồng/m2",
      "Giá trúng đấu giá quyền sử dụng đất ở", value_max=15000000),
    F("từ 16.000 đến 17.000 GCN", "16.000", 16000, "count", "GCN", "GCN cấp",
      P("năm 2024", "2024-01-01", "2024-12-31"), value_max=17000, status="target"),
    F("2025, 100% thửa đất", "100", 100, "percent", "%", "thửa đất đủ điều kiện được cấp GCN lần đầu",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "p573-1 — Cổng TTĐT tỉnh Bắc Giang: cấp giấy chứng nhận QSDĐ 6 tháng đầu năm 2024 (invented).",
    "Published from 'Cập nhật: 11/07/2024 08:30'. Distractors: 'Lượt xem: 1.874', Quyết định số 1456/QĐ-UBND, 'số 50 đường Ngô Gia Tự', phone.",
    "'đạt 58,3% kế hoạch năm' is the share (percent) of 9.426, as shared h14 reads 'đạt 70% so kế hoạch'; 'giảm 312 hồ sơ' is the change of 46.",
    "District list items: subject is the list's indicator, the district is the location ('thành phố Bắc Giang' = Bắc Giang).",
    "'hai huyện Sơn Động và Lục Ngạn' names the two listed districts: optional (added after the first run; shared h04 treats 'Ở 3 trụ cột' so).",
    "The headline's '6 tháng đầu năm' takes the year of published (nothing earlier in the text).",
]

if __name__ == "__main__":
    emit("p573-1", TEXT, COMMENTS, FIGS, published="2024-07-11", location="Bắc Giang")
