"""p626-4: Bộ Tư pháp ministry site, lawyers and notaries nationwide (end of 2023)."""
from lib import F, P, I, CH, T, emit

TEXT = """BỘ TƯ PHÁP - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Bổ trợ tư pháp
Ngày đăng: 18/03/2024 09:30 - Số lượt xem: 2045

Cả nước có hơn 18.000 luật sư, bình quân 1,8 luật sư/1 vạn dân

Theo số liệu của Cục Bổ trợ tư pháp, tính đến ngày 31/12/2023, cả nước có 18.124 luật sư, tăng 7,4% so với năm 2022, và 7.231 người tập sự hành nghề luật sư, hoạt động trong 5.957 tổ chức hành nghề luật sư (gồm 1.842 công ty luật và 4.115 văn phòng luật sư).

Đội ngũ luật sư tập trung ở hai thành phố lớn: Hà Nội và TP. Hồ Chí Minh có lần lượt 6.012 và 7.150 luật sư. Trong khi đó, có 14 tỉnh có dưới 20 luật sư.

Năm 2023, các luật sư đã tham gia 76.540 vụ việc tố tụng, trong đó có 24.317 vụ việc trợ giúp pháp lý, và tư vấn pháp luật cho khoảng 210 nghìn lượt người. Doanh thu của các tổ chức hành nghề luật sư năm 2023 ước đạt 4.850 tỷ đồng. Các tổ chức này đã nộp ngân sách nhà nước gần 563 tỷ đồng.

Về công chứng, tính đến cuối năm 2023, cả nước có 3.386 công chứng viên đang hành nghề tại 1.479 tổ chức hành nghề công chứng; năm 2023 đã công chứng hơn 8,2 triệu việc, thu phí công chứng trên 3.200 tỷ đồng.

Theo Chiến lược phát triển nghề luật sư tại Quyết định số 1072/QĐ-TTg, mục tiêu đến năm 2030 cả nước có khoảng 30.000 luật sư, bảo đảm tỷ lệ 2,5 luật sư/1 vạn dân. Luật Luật sư số 65/2006/QH11 đang được tổng kết để sửa đổi; Đại hội đại biểu toàn quốc lần thứ III Liên đoàn Luật sư Việt Nam đã đề nghị bổ sung cơ chế bảo vệ luật sư.

Liên hệ: Cục Bổ trợ tư pháp, số 58-60 Trần Phú, Ba Đình, Hà Nội. ĐT: 024.6273.9475.
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 18.000 luật sư", "18.000", 18000, "count", "luật sư", "luật sư", approx="over"),
    F("bình quân 1,8 luật sư", "1,8", 1.8, "measure", "luật sư/1 vạn dân", "luật sư bình quân trên 1 vạn dân"),
    F("có 18.124 luật sư", "18.124", 18124, "count", "luật sư", "luật sư", ASOF,
      change=CH("increase", 7.4, baseline="năm 2022")),
    F("và 7.231 người", "7.231", 7231, "count", "người", "người tập sự hành nghề luật sư", ASOF),
    F("trong 5.957 tổ chức", "5.957", 5957, "count", "tổ chức hành nghề luật sư", "tổ chức hành nghề luật sư", ASOF),
    F("gồm 1.842 công ty", "1.842", 1842, "count", "công ty luật", "công ty luật", ASOF, total=5957),
    F("và 4.115 văn phòng", "4.115", 4115, "count", "văn phòng luật sư", "văn phòng luật sư", ASOF, total=5957),
    F("hai thành phố lớn", "hai", 2, "count", "thành phố", "thành phố lớn nơi luật sư tập trung", optional=True,
      note="'hai thành phố lớn' names the two cities listed after it: optional"),
    F("lần lượt 6.012", "6.012", 6012, "count", "luật sư", "luật sư", I(ASOF), location="Hà Nội"),
    F("và 7.150 luật sư", "7.150", 7150, "count", "luật sư", "luật sư", I(ASOF), location="Hồ Chí Minh"),
    F("có 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh có dưới 20 luật sư", I(ASOF)),
    F("dưới 20 luật sư", "20", 20, "count", "luật sư", "luật sư của mỗi tỉnh", I(ASOF), approx="under",
      optional=True, note="a threshold that defines the 14 provinces: optional"),
    F("tham gia 76.540 vụ việc", "76.540", 76540, "count", "vụ việc", "vụ việc tố tụng các luật sư đã tham gia", Y23),
    F("có 24.317 vụ việc", "24.317", 24317, "count", "vụ việc", "vụ việc trợ giúp pháp lý", Y23, total=76540),
    F("khoảng 210 nghìn lượt người", "210", 210000, "count", "lượt người", "lượt người được tư vấn pháp luật", Y23,
      approx="about"),
    F("ước đạt 4.850 tỷ đồng", "4.850", 4850e9, "money", "đồng", "doanh thu của các tổ chức hành nghề luật sư",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="estimate"),
    F("gần 563 tỷ đồng", "563", 563e9, "money", "đồng", "nộp ngân sách nhà nước của các tổ chức hành nghề luật sư",
      I(Y23), approx="nearly"),
    F("có 3.386 công chứng viên", "3.386", 3386, "count", "công chứng viên", "công chứng viên đang hành nghề",
      P("tính đến cuối năm 2023", None, "2023-12-31")),
    F("tại 1.479 tổ chức", "1.479", 1479, "count", "tổ chức hành nghề công chứng", "tổ chức hành nghề công chứng",
      P("tính đến cuối năm 2023", None, "2023-12-31")),
    F("hơn 8,2 triệu việc", "8,2", 8.2e6, "count", "việc", "việc công chứng",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("trên 3.200 tỷ đồng", "3.200", 3200e9, "money", "đồng", "phí công chứng thu được",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("khoảng 30.000 luật sư", "30.000", 30000, "count", "luật sư", "luật sư", T30, approx="about", status="target"),
    F("tỷ lệ 2,5 luật sư", "2,5", 2.5, "measure", "luật sư/1 vạn dân", "tỷ lệ luật sư trên 1 vạn dân", T30,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Tư pháp (invented): luật sư, tổ chức hành nghề luật sư, công chứng viên cả nước tính đến 31/12/2023; 2030 targets.",
    "'Ngày đăng: 18/03/2024 09:30 - Số lượt xem: 2045' (counter is furniture). Distractors: Quyết định số 1072/QĐ-TTg,",
    "Luật Luật sư số 65/2006/QH11, 'Đại hội ... lần thứ III', address 58-60 Trần Phú, phone 024.6273.9475, '1 vạn dân' denominators.",
    "1.842 + 4.115 = 5.957 (gồm, in brackets). 'lần lượt 6.012 và 7.150': items with location Hà Nội / Hồ Chí Minh; no part-of cue, no total.",
    "'dưới 20 luật sư' is a threshold (optional). 'ước đạt 4.850 tỷ' is estimate; the 563 tỷ stands in the next sentence: actual.",
    "Headline figures carry no period (none stated in the headline). 'tính đến cuối năm 2023' is as-of (start null).",
    "Location Việt Nam throughout (cả nước, ministry totals); the count of provinces is national.",
]

if __name__ == "__main__":
    emit("p626-4", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Việt Nam")
