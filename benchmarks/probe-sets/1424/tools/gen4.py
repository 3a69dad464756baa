"""p1424-4: ministry site (Bộ Tài nguyên và Môi trường): national tungsten and tin mining, licences, reserves, output, fees."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Địa chất và Khoáng sản

Tăng cường quản lý khai thác quặng vonfram, thiếc

14/03/2024 | 09:30 | Cục Địa chất và Khoáng sản Việt Nam

Theo Cục Địa chất và Khoáng sản Việt Nam, tính đến hết năm 2023, cả nước có 27 giấy phép khai thác quặng vonfram, thiếc còn hiệu lực, trong đó 11 giấy phép do Bộ cấp, còn lại do UBND cấp tỉnh cấp. Tổng trữ lượng vonfram đã được phê duyệt khoảng 168 nghìn tấn WO3, xếp thứ 2 thế giới sau Trung Quốc.

Năm 2023, sản lượng quặng tinh vonfram cả nước ước đạt 5.600 tấn, giảm khoảng 3% so với năm 2022; sản lượng quặng tinh thiếc đạt gần 5.200 tấn. Các địa phương có sản lượng quặng tinh thiếc lớn là Nghệ An (1.960 tấn), Cao Bằng (1.135 tấn) và Tuyên Quang (720 tấn).

Tổng số tiền cấp quyền khai thác khoáng sản của các mỏ vonfram, thiếc đã được phê duyệt là hơn 3.400 tỷ đồng; riêng năm 2023 các doanh nghiệp đã nộp 512 tỷ đồng, tăng 18,6% so với năm 2022.

Công tác hoàn nguyên môi trường còn chậm: mới có 9/27 mỏ hoàn thành cải tạo, phục hồi môi trường từng phần, đạt 33,3%. Năm 2023, các lực lượng chức năng đã phát hiện 146 vụ khai thác quặng thiếc, vonfram trái phép, tập trung ở Nghệ An, Cao Bằng, Lâm Đồng.

Theo Quyết định số 866/QĐ-TTg, mục tiêu đến năm 2030, 100% mỏ vonfram, thiếc áp dụng công nghệ tuyển tiên tiến với hệ số thu hồi đạt 75-80%; kim ngạch xuất khẩu sản phẩm vonfram chế biến sâu tăng gấp 2 lần so với năm 2023.

Tin cùng chuyên mục:
- Hội thảo quốc tế về khoáng sản chiến lược lần thứ 3
- Ngày Địa chất Việt Nam 2024

Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội | Điện thoại: 024.3795.6868
"""

ASOF = period("tính đến hết năm 2023", None, "2023-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23r = period("riêng năm 2023", "2023-01-01", "2023-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")
SUBJ_LIST = "sản lượng quặng tinh thiếc"

FIGS = [
    F("có 27 giấy phép", "27", 27, "count", "giấy phép", "giấy phép khai thác quặng vonfram, thiếc còn hiệu lực", ASOF),
    F("trong đó 11 giấy phép", "11", 11, "count", "giấy phép", "giấy phép do Bộ cấp", ASOF, total=27),
    F("khoảng 168 nghìn tấn", "168", 168000, "measure", "tấn", "tổng trữ lượng vonfram đã được phê duyệt",
      inherit(ASOF), approx="about"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "tổng trữ lượng vonfram", inherit(ASOF)),
    F("ước đạt 5.600 tấn", "5.600", 5600, "measure", "tấn", "sản lượng quặng tinh vonfram cả nước", Y23,
      change=change("decrease", 3, "%", "năm 2022", approx="about"), status="estimate"),
    F("gần 5.200 tấn", "5.200", 5200, "measure", "tấn", "sản lượng quặng tinh thiếc", Y23, approx="nearly"),
    F("Nghệ An (1.960 tấn)", "1.960", 1960, "measure", "tấn", SUBJ_LIST, inherit(Y23), location="Nghệ An"),
    F("Cao Bằng (1.135 tấn)", "1.135", 1135, "measure", "tấn", SUBJ_LIST, inherit(Y23), location="Cao Bằng"),
    F("Tuyên Quang (720 tấn)", "720", 720, "measure", "tấn", SUBJ_LIST, inherit(Y23), location="Tuyên Quang"),
    F("hơn 3.400 tỷ", "3.400", 3400e9, "money", "đồng",
      "tổng số tiền cấp quyền khai thác khoáng sản của các mỏ vonfram, thiếc đã được phê duyệt", approx="over"),
    F("nộp 512 tỷ", "512", 512e9, "money", "đồng", "tiền cấp quyền khai thác khoáng sản các doanh nghiệp đã nộp", Y23r,
      change=change("increase", 18.6, "%", "năm 2022")),
    F("có 9/27 mỏ", "9", 9, "count", "mỏ", "mỏ hoàn thành cải tạo, phục hồi môi trường từng phần", total=27,
      percent=33.3),
    F("phát hiện 146 vụ", "146", 146, "count", "vụ", "vụ khai thác quặng thiếc, vonfram trái phép", Y23),
    F("2030, 100% mỏ", "100", 100, "percent", "%", "mỏ vonfram, thiếc áp dụng công nghệ tuyển tiên tiến", T30,
      status="target"),
    F("đạt 75-80%", "75", 75, "percent", "%", "hệ số thu hồi", T30, value_max=80, status="target"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "kim ngạch xuất khẩu sản phẩm vonfram chế biến sâu", T30,
      status="target"),
]

NOTES = [
    "Ministry site (Bộ Tài nguyên và Môi trường): breadcrumb, '14/03/2024 | 09:30 | Cục Địa chất và Khoáng sản Việt Nam', related links, address footer.",
    "Distractors: 09:30, 'WO3', Quyết định số 866/QĐ-TTg, 'lần thứ 3' (ordinal), 'Ngày Địa chất Việt Nam 2024', 'Số 10 Tôn Thất Thuyết', phone 024.3795.6868.",
    "National figures: location Việt Nam; the list 'Nghệ An (1.960 tấn), Cao Bằng (1.135 tấn) và Tuyên Quang (720 tấn)' puts each place in location, subject = the list's indicator.",
    "'tập trung ở Nghệ An, Cao Bằng, Lâm Đồng' after the national count of 146 cases does not make it provincial.",
    "Reserve and its rank ('xếp thứ 2 thế giới') take the as-of date of the previous sentence (inherited). 'sau Trung Quốc' is not a place of the figure.",
    "'hơn 3.400 tỷ' (approved, cumulative) has no period; 'riêng năm 2023' gives 512 tỷ its year; 'riêng' gives no total.",
    "'9/27 mỏ ... đạt 33,3%' -> total 27, percent 33,3.",
    "'mục tiêu đến năm 2030' governs the whole sentence (three targets, also after ';'). 'tăng gấp 2 lần so với năm 2023' with no base amount is itself the claim: kind multiple, no change.",
]

if __name__ == "__main__":
    write("p1424-4", TEXT, NOTES, FIGS, published="2024-03-14", location="Việt Nam")
