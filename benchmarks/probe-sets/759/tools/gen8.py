"""p759-8: commune portal (xã Tú Sơn, Kim Bôi, Hòa Bình) — household livestock 2023, income, poverty, credit, 2024 targets."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÚ SƠN - HUYỆN KIM BÔI - TỈNH HÒA BÌNH
Trang chủ / Tin tức / Kinh tế
Ngày cập nhật 05/01/2024

Chăn nuôi nông hộ góp phần giảm nghèo bền vững

Năm 2023, toàn xã có 612 hộ chăn nuôi, chiếm 78,5% tổng số hộ. Tổng đàn dê đạt 1.860 con, tăng 12,3% so với năm 2022; đàn thỏ 2.140 con; đàn trâu, bò 935 con; đàn gia cầm hơn 38 nghìn con. Quy mô nuôi dê bình quân đạt 14,6 con/hộ.

Xã hiện có 3 tổ hợp tác chăn nuôi dê với 47 thành viên; các xóm Đồng Bài, Mớ Đá có số hộ nuôi dê nhiều nhất, lần lượt 38 hộ và 31 hộ.

Thu nhập bình quân đầu người của xã năm 2023 đạt 42,5 triệu đồng/người/năm, tăng 3,8 triệu đồng so với năm 2022. Tỷ lệ hộ nghèo giảm còn 8,72%, giảm 3,15% so với năm 2022; hộ cận nghèo còn 64 hộ.

Năm 2023, xã phối hợp với Ngân hàng Chính sách xã hội huyện giải ngân 2,4 tỷ đồng cho 48 hộ vay phát triển chăn nuôi; Hội Nông dân xã hỗ trợ 120 con dê giống cho 24 hộ nghèo.

Năm 2024, xã phấn đấu tổng đàn dê đạt 2.100 con, 100% đàn gia súc được tiêm phòng đầy đủ, tỷ lệ hộ nghèo giảm từ 2 đến 3%.

Nhà văn hóa xóm Mớ Đá nằm trên Đường tỉnh 12B là điểm tiêm phòng tập trung của xã.

UBND xã Tú Sơn - Địa chỉ: xóm Tú Sơn, xã Tú Sơn, huyện Kim Bôi, tỉnh Hòa Bình - Điện thoại: 0218.3871.209
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 612 hộ", "612", 612, "count", "hộ", "hộ chăn nuôi", Y23, percent=78.5),
    F("đạt 1.860 con", "1.860", 1860, "count", "con", "tổng đàn dê", I(Y23),
      change=CH("increase", 12.3, baseline="năm 2022")),
    F("thỏ 2.140 con", "2.140", 2140, "count", "con", "đàn thỏ", I(Y23)),
    F("bò 935 con", "935", 935, "count", "con", "đàn trâu, bò", I(Y23)),
    F("hơn 38 nghìn con", "38", 38000, "count", "con", "đàn gia cầm", I(Y23), approx="over"),
    F("đạt 14,6 con/hộ", "14,6", 14.6, "measure", "con/hộ", "quy mô nuôi dê bình quân", I(Y23)),
    F("có 3 tổ hợp tác", "3", 3, "count", "tổ hợp tác", "tổ hợp tác chăn nuôi dê"),
    F("với 47 thành viên", "47", 47, "count", "thành viên", "thành viên tổ hợp tác chăn nuôi dê"),
    F("lần lượt 38 hộ", "38", 38, "count", "hộ", "hộ nuôi dê xóm Đồng Bài"),
    F("và 31 hộ", "31", 31, "count", "hộ", "hộ nuôi dê xóm Mớ Đá"),
    F("đạt 42,5 triệu", "42,5", 42500000, "money", "đồng/người/năm", "thu nhập bình quân đầu người", Y23b,
      change=CH("increase", 3800000, "đồng", baseline="năm 2022")),
    F("còn 8,72%", "8,72", 8.72, "percent", "%", "tỷ lệ hộ nghèo", I(Y23b),
      change=CH("decrease", 3.15, baseline="năm 2022")),
    F("còn 64 hộ", "64", 64, "count", "hộ", "hộ cận nghèo", I(Y23b)),
    F("ngân 2,4 tỷ đồng", "2,4", 2400000000, "money", "đồng", "vốn vay phát triển chăn nuôi giải ngân", Y23),
    F("cho 48 hộ", "48", 48, "count", "hộ", "hộ vay phát triển chăn nuôi", Y23),
    F("trợ 120 con", "120", 120, "count", "con", "dê giống Hội Nông dân xã hỗ trợ", Y23),
    F("cho 24 hộ", "24", 24, "count", "hộ", "hộ nghèo được hỗ trợ dê giống", Y23),
    F("đạt 2.100 con", "2.100", 2100, "count", "con", "tổng đàn dê", Y24, status="target"),
    F("100% đàn gia súc", "100", 100, "percent", "%", "tỷ lệ đàn gia súc được tiêm phòng đầy đủ", Y24,
      status="target"),
    F("từ 2 đến 3%", "2", 2, "percent", "%", "tỷ lệ hộ nghèo giảm", Y24, value_max=3, status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Tú Sơn (huyện Kim Bôi, tỉnh Hòa Bình): chăn nuôi nông hộ năm 2023 — hộ chăn nuôi, đàn dê/thỏ, thu nhập, hộ nghèo, vốn vay, kế hoạch 2024.",
    "'Ngày cập nhật 05/01/2024' is the dateline. 'Đường tỉnh 12B', the address and the phone are not figures.",
    "Location: a commune is not a province/city/district, so the commune's figures take its district, Kim Bôi (the narrowest level",
    "the contract names); the hamlets (xóm) stay in the subject. 'giảm còn 8,72%, giảm 3,15%': 8,72% is the figure, 3,15% its change.",
    "'tỷ lệ hộ nghèo giảm từ 2 đến 3%' is a rate that is the claim (target): percent figure with a range, no change.",
]

if __name__ == "__main__":
    emit("p759-8", TEXT, COMMENTS, FIGS, published="2024-01-05", location="Kim Bôi")
