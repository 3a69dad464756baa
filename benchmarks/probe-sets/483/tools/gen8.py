"""p483-8: commune portal (xã Nghĩa Hiệp, huyện Yên Mỹ, Hưng Yên), spring vaccination round 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ NGHĨA HIỆP - HUYỆN YÊN MỸ - TỈNH HƯNG YÊN
Trang chủ » Tin tức » Kinh tế - Nông nghiệp

Nghĩa Hiệp hoàn thành tiêm phòng vụ Xuân cho đàn vật nuôi

Ngày đăng: 24/04/2024 08:15 | Tác giả: Nguyễn Thị Hoa

Từ ngày 01/4 đến ngày 20/4/2024, UBND xã phối hợp với Trạm Chăn nuôi và Thú y huyện Yên Mỹ tổ chức tiêm phòng vụ Xuân cho đàn vật nuôi tại 6 thôn trên địa bàn.

Kết quả, toàn xã tiêm được 4.380 con gia cầm (đạt 87,6% kế hoạch), 312 con lợn (đạt 91,8%), 96 con trâu, bò (đạt 100%) và 147 con chó (đạt 73,5%). Toàn xã hiện có 265 hộ chăn nuôi; 4 trang trại gà quy mô trên 2.000 con/lứa đã chủ động tiêm phòng đầy đủ.

Kinh phí tiêm phòng do người chăn nuôi đóng góp theo mức 2.000 đồng/con gia cầm, 10.000 đồng/con lợn; riêng vắc xin lở mồm long móng cho trâu, bò được ngân sách huyện hỗ trợ 100%. Tổng số tiền thu được trên 12,5 triệu đồng.

Trong quý I/2024, trên địa bàn xã không phát sinh dịch bệnh nguy hiểm; xã đã tổ chức 3 đợt phun khử trùng với 120 lít hóa chất do huyện cấp, bảo đảm 100% thôn, xóm được phun.

Thời gian tới, xã tiếp tục tuyên truyền người dân không giấu dịch, không bán chạy gia súc, gia cầm ốm; phấn đấu tỷ lệ tiêm phòng vụ Thu đạt trên 90% tổng đàn.

Địa chỉ: UBND xã Nghĩa Hiệp, Quốc lộ 39, huyện Yên Mỹ, tỉnh Hưng Yên
Điện thoại: 0221.3967.235 | Email: nghiahiep.ym@hungyen.gov.vn
"""

RND = P("Từ ngày 01/4 đến ngày 20/4/2024", "2024-04-01", "2024-04-20")
Q1 = P("Trong quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("tại 6 thôn", "6", 6, "count", "thôn", "thôn tổ chức tiêm phòng vụ Xuân", RND),
    F("được 4.380 con", "4.380", 4380, "count", "con", "gia cầm được tiêm phòng vụ Xuân", I(RND), percent=87.6),
    F("312 con lợn", "312", 312, "count", "con", "lợn được tiêm phòng vụ Xuân", I(RND), percent=91.8),
    F("96 con trâu", "96", 96, "count", "con", "trâu, bò được tiêm phòng vụ Xuân", I(RND), percent=100),
    F("147 con chó", "147", 147, "count", "con", "chó được tiêm phòng vụ Xuân", I(RND), percent=73.5),
    F("có 265 hộ", "265", 265, "count", "hộ", "hộ chăn nuôi"),
    F("4 trang trại", "4", 4, "count", "trang trại",
      "trang trại gà quy mô trên 2.000 con/lứa đã chủ động tiêm phòng đầy đủ"),
    F("trên 2.000 con/lứa", "2.000", 2000, "measure", "con/lứa", "quy mô trang trại gà", approx="over",
      optional=True),
    F("mức 2.000 đồng/con", "2.000", 2000, "money", "đồng/con", "mức đóng góp kinh phí tiêm phòng cho gia cầm"),
    F("10.000 đồng/con", "10.000", 10000, "money", "đồng/con", "mức đóng góp kinh phí tiêm phòng cho lợn"),
    F("hỗ trợ 100%", "100", 100, "percent", "%",
      "ngân sách huyện hỗ trợ vắc xin lở mồm long móng cho trâu, bò"),
    F("trên 12,5 triệu đồng", "12,5", 12500000, "money", "đồng", "tổng số tiền thu được", approx="over"),
    F("chức 3 đợt", "3", 3, "count", "đợt", "đợt phun khử trùng", Q1),
    F("với 120 lít", "120", 120, "measure", "lít", "hóa chất phun khử trùng do huyện cấp", Q1),
    F("100% thôn", "100", 100, "percent", "%", "thôn, xóm được phun khử trùng", Q1),
    F("trên 90% tổng đàn", "90", 90, "percent", "%", "tỷ lệ tiêm phòng vụ Thu", approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Nghĩa Hiệp (huyện Yên Mỹ, Hưng Yên): tiêm phòng vụ Xuân 1-20/4/2024, contributions, disinfection in Q1/2024.",
    "'Ngày đăng: 24/04/2024 08:15 | Tác giả: ...'. Location: FIGURES.md names province, city or district as the levels, so the",
    "commune's figures take its district, Yên Mỹ (a choice; see REPORT).",
    "Counts with '(đạt N% ...)' carry N as percent. The round's date range is the period (inherited by the results sentence).",
    "Optional: threshold 'trên 2.000 con/lứa'. Not figures: Quốc lộ 39, phone, e-mail, 'vụ Xuân/Thu', dates.",
]

if __name__ == "__main__":
    emit("p483-8", TEXT, COMMENTS, FIGS, published="2024-04-24", default_location="Yên Mỹ")
