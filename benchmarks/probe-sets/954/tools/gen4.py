"""p954-4: ministry site (Bộ VHTTDL): national festival inventory, Q1/2023 festivals, kéo co heritage, targets."""
from lib import F, P, Pi, C, build

TEXT = """
BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Văn hóa cơ sở

Cả nước có gần 9.000 lễ hội truyền thống được kiểm kê

Ngày đăng: 22/03/2023 | Lượt xem: 1.146

Theo báo cáo của Cục Văn hóa cơ sở, tính đến ngày 28/2/2023, cả nước có 8.897 lễ hội được kiểm kê, trong đó có 7.039 lễ hội dân gian, chiếm 79,1%; 1.420 lễ hội tôn giáo; 332 lễ hội lịch sử cách mạng và 106 lễ hội văn hóa du nhập. Địa phương có nhiều lễ hội nhất là Hà Nội với 1.206 lễ hội, tiếp đến là Bắc Ninh (545) và Phú Thọ (437).

Trong quý I/2023, các địa phương đã tổ chức 1.682 lễ hội, tăng 2,3 lần so với cùng kỳ năm 2022, khi nhiều lễ hội phải tạm dừng do dịch COVID-19. Bộ đã thành lập 12 đoàn kiểm tra tại 24 tỉnh, thành phố, yêu cầu chấn chỉnh 57 trường hợp vi phạm, chủ yếu là đặt hòm công đức tràn lan, chèo kéo khách, đốt vàng mã. Cũng trong quý I/2023, tổng số tiền công đức, tài trợ tại 129 lễ hội có báo cáo đạt trên 1.150 tỷ đồng, tăng 15,4% so với cùng kỳ.

Nghi lễ và trò chơi kéo co được UNESCO ghi danh năm 2015 là di sản văn hóa phi vật thể đại diện của nhân loại. Ở Việt Nam, di sản hiện gắn với 4 tỉnh, thành phố là Hà Nội, Bắc Ninh, Vĩnh Phúc, Lào Cai, với 16 cộng đồng thực hành và gần 20 hình thức kéo co khác nhau.

Thực hiện Nghị định số 110/2018/NĐ-CP, Bộ đặt mục tiêu đến năm 2025, 100% lễ hội cấp tỉnh có kịch bản được phê duyệt và trên 90% di tích tổ chức lễ hội có ban quản lý.

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

ASOF = P("tính đến ngày 28/2/2023", None, "2023-02-28")
Q1 = P("quý I/2023", "2023-01-01", "2023-03-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có gần 9.000 lễ hội", "9.000", 9000, "count", "lễ hội", "lễ hội truyền thống được kiểm kê",
      approx="nearly"),
    F("có 8.897 lễ hội", "8.897", 8897, "count", "lễ hội", "lễ hội được kiểm kê", period=ASOF),
    F("có 7.039 lễ hội", "7.039", 7039, "count", "lễ hội", "lễ hội dân gian",
      total=8897, percent=79.1, period=ASOF),
    F("1.420 lễ hội", "1.420", 1420, "count", "lễ hội", "lễ hội tôn giáo", total=8897, period=ASOF),
    F("332 lễ hội", "332", 332, "count", "lễ hội", "lễ hội lịch sử cách mạng", total=8897, period=ASOF),
    F("106 lễ hội", "106", 106, "count", "lễ hội", "lễ hội văn hóa du nhập", total=8897, period=ASOF),
    F("với 1.206 lễ hội", "1.206", 1206, "count", "lễ hội", "lễ hội được kiểm kê",
      period=Pi(ASOF), location="Hà Nội"),
    F("Bắc Ninh (545)", "545", 545, "count", "lễ hội", "lễ hội được kiểm kê",
      period=Pi(ASOF), location="Bắc Ninh"),
    F("Phú Thọ (437)", "437", 437, "count", "lễ hội", "lễ hội được kiểm kê",
      period=Pi(ASOF), location="Phú Thọ"),
    F("tổ chức 1.682 lễ hội", "1.682", 1682, "count", "lễ hội", "lễ hội được các địa phương tổ chức",
      change=C("increase", 2.3, "lần", "cùng kỳ năm 2022"), period=Q1),
    F("12 đoàn kiểm tra", "12", 12, "count", "đoàn kiểm tra", "đoàn kiểm tra Bộ thành lập", period=Pi(Q1)),
    F("tại 24 tỉnh", "24", 24, "count", "tỉnh, thành phố", "tỉnh, thành phố được kiểm tra", period=Pi(Q1)),
    F("chấn chỉnh 57 trường hợp", "57", 57, "count", "trường hợp",
      "trường hợp vi phạm được yêu cầu chấn chỉnh", period=Pi(Q1)),
    F("tại 129 lễ hội", "129", 129, "count", "lễ hội", "lễ hội có báo cáo tiền công đức, tài trợ", period=Q1),
    F("trên 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "tổng số tiền công đức, tài trợ",
      approx="over", change=C("increase", 15.4, "%", "cùng kỳ"), period=Q1),
    F("gắn với 4 tỉnh", "4", 4, "count", "tỉnh, thành phố",
      "tỉnh, thành phố gắn với di sản nghi lễ và trò chơi kéo co"),
    F("với 16 cộng đồng", "16", 16, "count", "cộng đồng", "cộng đồng thực hành kéo co"),
    F("gần 20 hình thức", "20", 20, "count", "hình thức", "hình thức kéo co", approx="nearly"),
    F("2025, 100% lễ hội", "100", 100, "percent", "%", "lễ hội cấp tỉnh có kịch bản được phê duyệt",
      status="target", period=TO25),
    F("trên 90% di tích", "90", 90, "percent", "%", "di tích tổ chức lễ hội có ban quản lý",
      approx="over", status="target", period=TO25),
]

COMMENTS = [
    "Bộ VHTTDL site (invented), 'Ngày đăng: 22/03/2023': national inventory of festivals, Q1/2023, kéo co heritage, targets to 2025.",
    "All figures national (Việt Nam) except the ranking list Hà Nội / Bắc Ninh (545) / Phú Thọ (437): each item's place is its location,",
    "its subject the list's indicator; the list does not add up to the 8.897, so no total. The four types add up to 8.897 ('trong đó'): total.",
    "'tăng 2,3 lần so với cùng kỳ' is the 1.682's change (unit lần). 'hiện gắn với 4 tỉnh, thành phố' has no period ('năm 2015' dates the",
    "inscription in the previous sentence and 'hiện' is present). Distractors: 'Lượt xem: 1.146', 'COVID-19', 'năm 2015', 'Nghị định số 110/2018/NĐ-CP',",
    "address '51 Ngô Quyền', phone '024.3943.8231'. Headline 'gần 9.000' is annotated (no period).",
]

if __name__ == "__main__":
    build(4, TEXT, FIGS, COMMENTS, published="2023-03-22", location="Việt Nam")
