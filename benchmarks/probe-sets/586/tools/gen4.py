"""p586-4: Ministry site (Bộ NN&PTNT / Cục Kiểm lâm) — national wildlife-crime figures for 2023."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Lâm nghiệp
Ngày đăng: 15/01/2024 | Lượt xem: 2.095

Năm 2023, cả nước phát hiện 1.064 vụ vi phạm về động vật hoang dã

Theo báo cáo của Cục Kiểm lâm, năm 2023 lực lượng Kiểm lâm phối hợp với Công an, Hải quan, Bộ đội Biên phòng phát hiện, xử lý 1.064 vụ vi phạm các quy định về quản lý, bảo vệ động vật hoang dã, giảm 9,6% so với năm 2022. Trong đó, xử lý hình sự 187 vụ, chiếm 17,6%; xử lý hành chính 877 vụ.

Tang vật tịch thu gồm 5.286 cá thể động vật hoang dã còn sống, gần 2,4 tấn sản phẩm động vật (ngà voi, vảy tê tê, sừng tê giác) và 1.312,5 kg thịt động vật rừng. Tổng số tiền xử phạt hành chính và bán tang vật là 18,7 tỷ đồng, tăng 2,3 tỷ đồng so với năm 2022.

Nghệ An tiếp tục là địa phương phát hiện nhiều vụ vi phạm nhất với 86 vụ; tiếp đến là Quảng Nam (71 vụ), Đắk Lắk (64 vụ); Hà Nội xếp thứ 4 với 58 vụ. Qua các cửa khẩu đường bộ, cảng biển và sân bay quốc tế phát hiện 43 vụ, trong đó 29 vụ liên quan đến ngà voi, vảy tê tê nhập lậu từ châu Phi.

Cả nước hiện có 4.528 cơ sở gây nuôi động vật hoang dã thuộc Phụ lục II CITES được cấp mã số, với khoảng 1,26 triệu cá thể.

Theo Kế hoạch hành động quốc gia, đến năm 2025 phấn đấu giảm ít nhất 10% số vụ vi phạm so với năm 2023; 100% cơ sở gây nuôi được cập nhật trên cơ sở dữ liệu quốc gia. Mọi thông tin về hành vi vi phạm xin gửi về đường dây nóng 1800.1522 hoặc Cục Kiểm lâm, số 2 Ngọc Hà, Ba Đình, Hà Nội.
"""

YH = P("Năm 2023", "2023-01-01", "2023-12-31")
Y = P("năm 2023", "2023-01-01", "2023-12-31")
Yi = I(Y)
T25 = P("đến năm 2025", None, "2025-12-31")

SUBJ = "vụ vi phạm về động vật hoang dã phát hiện"

FIGS = [
    F("phát hiện 1.064 vụ", "1.064", 1064, "count", "vụ", "vụ vi phạm về động vật hoang dã cả nước phát hiện", YH),
    F("xử lý 1.064 vụ", "1.064", 1064, "count", "vụ",
      "vụ vi phạm các quy định về quản lý, bảo vệ động vật hoang dã", Y,
      change=CH("decrease", 9.6, "%", "năm 2022")),
    F("hình sự 187 vụ", "187", 187, "count", "vụ", "vụ xử lý hình sự", Yi, total=1064, percent=17.6),
    F("hành chính 877 vụ", "877", 877, "count", "vụ", "vụ xử lý hành chính", Yi, total=1064),
    F("gồm 5.286 cá thể", "5.286", 5286, "count", "cá thể", "cá thể động vật hoang dã còn sống tịch thu", Yi),
    F("gần 2,4 tấn", "2,4", 2.4, "measure", "tấn", "sản phẩm động vật tịch thu", Yi, approx="nearly"),
    F("1.312,5 kg", "1.312,5", 1312.5, "measure", "kg", "thịt động vật rừng tịch thu", Yi),
    F("là 18,7 tỷ đồng", "18,7", 18700000000, "money", "đồng",
      "tổng số tiền xử phạt hành chính và bán tang vật", Yi,
      change=CH("increase", 2300000000, "đồng", "năm 2022")),
    F("nhất với 86 vụ", "86", 86, "count", "vụ", SUBJ, Yi, location="Nghệ An"),
    F("(71 vụ)", "71", 71, "count", "vụ", SUBJ, Yi, location="Quảng Nam"),
    F("(64 vụ)", "64", 64, "count", "vụ", SUBJ, Yi, location="Đắk Lắk"),
    F("xếp thứ 4", "4", 4, "rank", "hạng", SUBJ, Yi, location="Hà Nội"),
    F("với 58 vụ", "58", 58, "count", "vụ", SUBJ, Yi, location="Hà Nội"),
    F("phát hiện 43 vụ", "43", 43, "count", "vụ",
      "vụ vi phạm phát hiện qua các cửa khẩu đường bộ, cảng biển và sân bay quốc tế", Yi),
    F("trong đó 29 vụ", "29", 29, "count", "vụ", "vụ liên quan đến ngà voi, vảy tê tê nhập lậu", Yi, total=43),
    F("có 4.528 cơ sở", "4.528", 4528, "count", "cơ sở",
      "cơ sở gây nuôi động vật hoang dã thuộc Phụ lục II CITES được cấp mã số"),
    F("khoảng 1,26 triệu cá thể", "1,26", 1260000, "count", "cá thể",
      "cá thể tại các cơ sở gây nuôi được cấp mã số", approx="about"),
    F("ít nhất 10%", "10", 10, "percent", "%", "giảm số vụ vi phạm so với năm 2023", T25,
      approx="at_least", status="target"),
    F("; 100% cơ sở", "100", 100, "percent", "%", "cơ sở gây nuôi được cập nhật trên cơ sở dữ liệu quốc gia", T25,
      status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site: Cục Kiểm lâm — vi phạm về động vật hoang dã cả nước năm 2023 (invented probe article, set 586).",
    "'Ngày đăng: 15/01/2024' is the dateline; 'Lượt xem: 2.095', hotline '1800.1522', 'số 2 Ngọc Hà', 'Phụ lục II CITES' are not figures.",
    "National figures: Việt Nam. The province list (Nghệ An … Hà Nội) shares the indicator 'vụ vi phạm phát hiện'; places go to location;",
    "'xếp thứ 4' is a rank of Hà Nội. 'châu Phi' is an origin, not a place of the figure. 'Tang vật tịch thu gồm …' has no whole: no totals.",
    "'giảm ít nhất 10% số vụ vi phạm so với năm 2023' is a target rate standing as the claim: percent figure, no change.",
    "'tăng 2,3 tỷ đồng so với năm 2022' is the change of 18,7 tỷ (money change). 'hiện có' sentence has no period.",
]

if __name__ == "__main__":
    emit("p586-4", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Việt Nam")
