"""p562-4: Ministry of Transport site — national maritime SAR results, first half of 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Hàng hải
Ngày đăng: 05/07/2024 | Lượt xem: 1.874

Sáu tháng đầu năm, lực lượng tìm kiếm cứu nạn hàng hải cứu được 286 người

Theo Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam (VMRCC), 6 tháng đầu năm 2024, Trung tâm đã tiếp nhận, xử lý 97 vụ tai nạn, sự cố trên biển, tăng 11 vụ so với cùng kỳ năm 2023; trong đó 68 vụ liên quan đến tàu cá. Hệ thống đài thông tin duyên hải đã thu nhận và xử lý 1.436 bức điện cấp cứu, khẩn cấp trên kênh 16 VHF.

Lực lượng tìm kiếm cứu nạn hàng hải đã cứu được 286 người, trong đó có 31 thuyền viên nước ngoài; lai dắt 22 phương tiện về bờ an toàn. Tỷ lệ người được cứu trên tổng số người gặp nạn đạt 93,5%, cao hơn 2,3 điểm phần trăm so với cùng kỳ.

Các tàu SAR 412, SAR 274 và SAR 633 đã thực hiện 41 lượt xuất phát với tổng quãng đường 9.846,5 hải lý; vụ xa nhất cách bờ khoảng 320 hải lý. Các Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực I, II, III và IV lần lượt xử lý 18, 23, 34 và 22 vụ.

Năm 2024, Cục Hàng hải Việt Nam đặt mục tiêu thời gian phản ứng từ khi nhận tin đến khi tàu SAR rời cảng không quá 30 phút. Bộ đã phê duyệt kinh phí 126,5 tỷ đồng để sửa chữa, nâng cấp 4 tàu SAR trong năm 2024.

Thông tin cấp cứu trên biển xin gọi số 024.3768.3050 (trực 24/7).
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
IN24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
CENTRE = "vụ tai nạn, sự cố xử lý của Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực "

FIGS = [
    F("cứu được 286 người\n", "286", 286, "count", "người", "người được lực lượng tìm kiếm cứu nạn hàng hải cứu", HEAD),
    F("xử lý 97 vụ", "97", 97, "count", "vụ", "vụ tai nạn, sự cố trên biển được tiếp nhận, xử lý", H1,
      change=CH("increase", 11, "vụ", "cùng kỳ năm 2023")),
    F("trong đó 68 vụ", "68", 68, "count", "vụ", "vụ tai nạn, sự cố liên quan đến tàu cá", H1, total=97),
    F("xử lý 1.436 bức điện", "1.436", 1436, "count", "bức điện",
      "bức điện cấp cứu, khẩn cấp được đài thông tin duyên hải thu nhận và xử lý", I(H1)),
    F("cứu được 286 người,", "286", 286, "count", "người", "người được lực lượng tìm kiếm cứu nạn hàng hải cứu", I(H1)),
    F("có 31 thuyền viên", "31", 31, "count", "thuyền viên", "thuyền viên nước ngoài được cứu", I(H1), total=286),
    F("lai dắt 22 phương tiện", "22", 22, "count", "phương tiện", "phương tiện được lai dắt về bờ an toàn", I(H1)),
    F("đạt 93,5%", "93,5", 93.5, "percent", "%", "tỷ lệ người được cứu trên tổng số người gặp nạn", I(H1),
      change=CH("increase", 2.3, "điểm phần trăm", "cùng kỳ")),
    F("thực hiện 41 lượt", "41", 41, "count", "lượt", "lượt xuất phát của tàu SAR", I(H1)),
    F("9.846,5 hải lý", "9.846,5", 9846.5, "measure", "hải lý", "tổng quãng đường tàu SAR", I(H1)),
    F("khoảng 320 hải lý", "320", 320, "measure", "hải lý", "khoảng cách vụ xa nhất cách bờ", I(H1), approx="about"),
    F("xử lý 18,", "18", 18, "count", "vụ", CENTRE + "I", I(H1)),
    F("18, 23, 34", "23", 23, "count", "vụ", CENTRE + "II", I(H1)),
    F("23, 34 và", "34", 34, "count", "vụ", CENTRE + "III", I(H1)),
    F("và 22 vụ", "22", 22, "count", "vụ", CENTRE + "IV", I(H1)),
    F("không quá 30 phút", "30", 30, "measure", "phút",
      "thời gian phản ứng từ khi nhận tin đến khi tàu SAR rời cảng", Y24, approx="at_most", status="target"),
    F("kinh phí 126,5 tỷ đồng", "126,5", 126.5e9, "money", "đồng", "kinh phí sửa chữa, nâng cấp tàu SAR", IN24),
    F("nâng cấp 4 tàu SAR", "4", 4, "count", "tàu SAR", "tàu SAR được sửa chữa, nâng cấp", IN24),
]

COMMENTS = [
    "Cổng TTĐT Bộ GTVT (invented ministry page): kết quả tìm kiếm cứu nạn hàng hải 6 tháng đầu năm 2024, national (location Việt Nam).",
    "Headline 'Sáu tháng đầu năm' has no year: it takes 2024 from the date line. Ship names 'SAR 412/274/633', 'kênh 16 VHF', the phone",
    "number, '24/7', 'Lượt xem: 1.874' and the roman region numbers (khu vực I-IV) are not figures.",
    "'tăng 11 vụ so với cùng kỳ' is the change of 97 vụ; '2,3 điểm phần trăm' is the change of the 93,5% rate (a level, not a growth rate).",
    "'trong đó' parts get their whole. The 'lần lượt' list: each centre's count is a figure; the centres are regions, not named places,",
    "so they stay in the subject and the location stays Việt Nam; they follow no cue after the whole 97, so no total.",
    "Sentences without their own period phrase inherit 6 tháng đầu năm 2024 (unscored). 'không quá 30 phút' = at_most, target.",
]

if __name__ == "__main__":
    emit("p562-4", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Việt Nam")
