"""p875-4: Cổng TTĐT Bộ Tư pháp (ministry site) — luật sư, tổ chức hành nghề luật sư cả nước, 2024."""
from lib import F, write, period, inherit, change, target

TEXT = """BỘ TƯ PHÁP - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Bổ trợ tư pháp

Cả nước có hơn 18.000 luật sư, gần 5.300 tổ chức hành nghề luật sư

Ngày đăng: 26/12/2024 | Lượt xem: 2.318

Ngày 25/12, Cục Bổ trợ tư pháp tổ chức hội nghị tổng kết công tác năm 2024. Theo báo cáo tại hội nghị, tính đến ngày 30/11/2024, cả nước có 18.136 luật sư, tăng 7,2% so với cùng thời điểm năm 2023, và 5.284 tổ chức hành nghề luật sư (gồm 2.191 công ty luật và 3.093 văn phòng luật sư). Ngoài ra, có 1.215 luật sư hành nghề với tư cách cá nhân; 452 luật sư nước ngoài được cấp giấy phép hành nghề tại Việt Nam, làm việc tại 97 chi nhánh, công ty luật nước ngoài.

Đội ngũ luật sư vẫn phân bố không đều. TP Hồ Chí Minh có 7.412 luật sư, chiếm 40,9% tổng số luật sư cả nước; Hà Nội có 5.968 luật sư, chiếm 32,9%. Trong khi đó, 9 tỉnh có dưới 20 luật sư, như Lai Châu (11 luật sư), Bắc Kạn (13 luật sư), Hà Giang (16 luật sư).

Năm 2024, các luật sư đã tham gia bào chữa, bảo vệ quyền lợi của đương sự trong khoảng 112.000 vụ án, trong đó có hơn 21.500 vụ án theo chỉ định của cơ quan tiến hành tố tụng; thực hiện trợ giúp pháp lý miễn phí 14.760 vụ việc. Doanh thu của các tổ chức hành nghề luật sư ước đạt 9.850 tỷ đồng, nộp thuế gần 1.100 tỷ đồng.

Theo Chiến lược phát triển nghề luật sư, mục tiêu đến năm 2030 cả nước có khoảng 22.000 luật sư, tỷ lệ đạt 2,1 luật sư/1 vạn dân; bảo đảm mỗi huyện có ít nhất 1 luật sư hành nghề.

Theo Cục trưởng Cục Bổ trợ tư pháp, năm 2025 Bộ sẽ tập trung sửa đổi Luật Luật sư năm 2006, trình Chính phủ Nghị định thay thế Nghị định số 123/2013/NĐ-CP.

Cổng thông tin điện tử Bộ Tư pháp - Địa chỉ: 60 Trần Phú, Ba Đình, Hà Nội. Điện thoại: 024.6273.9718.
"""

D30 = period("tính đến ngày 30/11/2024", None, "2024-11-30")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 18.000 luật sư", "18.000", 18000, "count", "luật sư", "luật sư cả nước", approx="over"),
    F("gần 5.300 tổ chức", "5.300", 5300, "count", "tổ chức", "tổ chức hành nghề luật sư", approx="nearly"),
    F("có 18.136 luật sư", "18.136", 18136, "count", "luật sư", "luật sư cả nước", D30,
      change=change("increase", 7.2, "%", "cùng thời điểm năm 2023")),
    F("và 5.284 tổ chức", "5.284", 5284, "count", "tổ chức", "tổ chức hành nghề luật sư", D30),
    F("gồm 2.191 công ty", "2.191", 2191, "count", "công ty luật", "công ty luật", D30, total=5284),
    F("và 3.093 văn phòng", "3.093", 3093, "count", "văn phòng luật sư", "văn phòng luật sư", D30, total=5284),
    F("có 1.215 luật sư", "1.215", 1215, "count", "luật sư", "luật sư hành nghề với tư cách cá nhân", inherit(D30)),
    F("452 luật sư", "452", 452, "count", "luật sư", "luật sư nước ngoài được cấp giấy phép hành nghề tại Việt Nam",
      inherit(D30)),
    F("tại 97 chi nhánh", "97", 97, "count", "chi nhánh, công ty luật nước ngoài", "chi nhánh, công ty luật nước ngoài",
      inherit(D30)),
    F("có 7.412 luật sư", "7.412", 7412, "count", "luật sư", "luật sư", inherit(D30), percent=40.9,
      location="TP Hồ Chí Minh"),
    F("có 5.968 luật sư", "5.968", 5968, "count", "luật sư", "luật sư", inherit(D30), percent=32.9, location="Hà Nội"),
    F("9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh có dưới 20 luật sư", inherit(D30)),
    F("dưới 20 luật sư", "20", 20, "count", "luật sư", "ngưỡng số luật sư của tỉnh", approx="under", optional=True),
    F("(11 luật sư)", "11", 11, "count", "luật sư", "luật sư", inherit(D30), location="Lai Châu"),
    F("(13 luật sư)", "13", 13, "count", "luật sư", "luật sư", inherit(D30), location="Bắc Kạn"),
    F("(16 luật sư)", "16", 16, "count", "luật sư", "luật sư", inherit(D30), location="Hà Giang"),
    F("khoảng 112.000 vụ án", "112.000", 112000, "count", "vụ án", "vụ án luật sư tham gia bào chữa, bảo vệ quyền lợi",
      Y24, approx="about"),
    F("hơn 21.500 vụ án", "21.500", 21500, "count", "vụ án", "vụ án theo chỉ định của cơ quan tiến hành tố tụng",
      Y24, approx="over", total=112000),
    F("miễn phí 14.760 vụ việc", "14.760", 14760, "count", "vụ việc", "vụ việc trợ giúp pháp lý miễn phí", Y24),
    F("ước đạt 9.850 tỷ", "9.850", 9850e9, "money", "đồng", "doanh thu của các tổ chức hành nghề luật sư",
      inherit(Y24), status="estimate"),
    F("gần 1.100 tỷ", "1.100", 1100e9, "money", "đồng", "nộp thuế", inherit(Y24), approx="nearly",
      status="estimate"),
    F("khoảng 22.000 luật sư", "22.000", 22000, "count", "luật sư", "luật sư cả nước", T30, approx="about",
      status="target"),
    F("đạt 2,1 luật sư", "2,1", 2.1, "measure", "luật sư/1 vạn dân", "tỷ lệ luật sư trên dân số", T30,
      status="target"),
    F("ít nhất 1 luật sư", "1", 1, "count", "luật sư", "luật sư hành nghề mỗi huyện", T30, approx="at_least",
      status="target", optional=True),
]

NOTES = [
    "p875-4 — Cổng TTĐT Bộ Tư pháp (ministry site), 'Ngày đăng: 26/12/2024 | Lượt xem: 2.318'; national article.",
    "Headline figures have no period phrase: no period. 2.191 + 3.093 = 5.284 in the bracket after 'gồm': total 5.284.",
    "'chiếm 40,9% tổng số luật sư cả nước' names the whole without a number: a percent, no total.",
    "'dưới 20 luật sư' is the category's threshold: optional. Lai Châu/Bắc Kạn/Hà Giang are examples (như), located there.",
    "'trong đó có hơn 21.500 vụ án' → total 112.000. 'ước đạt … , nộp thuế gần 1.100 tỷ' continues the estimate clause.",
    "'mỗi huyện có ít nhất 1 luật sư' is a coverage norm inside the target: optional.",
    "Distractors: Ngày 25/12, Luật Luật sư năm 2006, Nghị định số 123/2013/NĐ-CP, 60 Trần Phú, 024.6273.9718, Lượt xem.",
]

if __name__ == "__main__":
    write("p875-4", TEXT, NOTES, FIGS, published="2024-12-26", location="Việt Nam")
