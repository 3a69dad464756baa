"""p503-1: province portal (Quảng Bình), community digital teams, VNeID, online dossiers, QR at markets."""
from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Chuyển đổi số

Quảng Bình: Hơn 1.200 tổ công nghệ số cộng đồng đồng hành cùng người dân

Cập nhật: 18/03/2024 08:25 | Lượt xem: 1.482

Theo Sở Thông tin và Truyền thông, tính đến ngày 29/2/2024, toàn tỉnh đã thành lập 1.237 tổ công nghệ số cộng đồng tại 151/151 xã, phường, thị trấn với 7.856 thành viên. Trong đó, có 4.120 thành viên là đoàn viên thanh niên và 1.985 thành viên là hội viên phụ nữ.

Năm 2023, các tổ đã hướng dẫn 186.540 lượt người dân cài đặt, sử dụng ứng dụng VNeID, hỗ trợ kích hoạt 142.300 tài khoản định danh điện tử mức độ 2, tăng 2,3 lần so với năm 2022. Cũng trong năm 2023, tỷ lệ hồ sơ trực tuyến cấp xã đạt 48,6%, cao hơn 17,2 điểm phần trăm so với năm trước; riêng huyện Bố Trạch đạt 61,3%, thị xã Ba Đồn đạt 57,8%.

Chỉ số chuyển đổi số (DTI) năm 2022 của tỉnh đạt 0,5126 điểm, xếp thứ 19/63 tỉnh, thành phố.

Về thanh toán không dùng tiền mặt, khoảng 98% người hưởng lương hưu, trợ cấp bảo hiểm xã hội ở khu vực đô thị đã nhận qua tài khoản; tại các chợ có 3.450 tiểu thương sử dụng mã QR, tăng 1.120 tiểu thương so với năm 2022.

Theo Kế hoạch số 412/KH-UBND ngày 12/6/2023 của UBND tỉnh, phấn đấu đến năm 2025, 100% thành viên tổ công nghệ số cộng đồng được bồi dưỡng kỹ năng số; tỷ lệ hồ sơ trực tuyến cấp xã đạt từ 60 đến 70%.

Mọi vướng mắc xin liên hệ Tổng đài hỗ trợ 0232.3822.115 hoặc Trung tâm Phục vụ hành chính công tỉnh, số 6 Hùng Vương, TP Đồng Hới.
"""

ASOF = P("tính đến ngày 29/2/2024", end="2024-02-29")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("trong năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("Hơn 1.200 tổ", "1.200", 1200, "count", "tổ", "tổ công nghệ số cộng đồng", approx="over"),
    F("thành lập 1.237 tổ", "1.237", 1237, "count", "tổ", "tổ công nghệ số cộng đồng đã thành lập", ASOF),
    F("tại 151/151 xã", "151", 151, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có tổ công nghệ số cộng đồng",
      ASOF, total=151),
    F("với 7.856 thành viên", "7.856", 7856, "count", "thành viên", "thành viên tổ công nghệ số cộng đồng", ASOF),
    F("có 4.120 thành viên", "4.120", 4120, "count", "thành viên", "thành viên là đoàn viên thanh niên", I(ASOF), total=7856),
    F("và 1.985 thành viên", "1.985", 1985, "count", "thành viên", "thành viên là hội viên phụ nữ", I(ASOF), total=7856),
    F("hướng dẫn 186.540 lượt", "186.540", 186540, "count", "lượt người dân",
      "lượt người dân được hướng dẫn cài đặt, sử dụng ứng dụng VNeID", Y23),
    F("kích hoạt 142.300 tài khoản", "142.300", 142300, "count", "tài khoản",
      "tài khoản định danh điện tử mức độ 2 được hỗ trợ kích hoạt", Y23,
      change=CH("increase", 2.3, "lần", "năm 2022")),
    F("cấp xã đạt 48,6%", "48,6", 48.6, "percent", "%", "tỷ lệ hồ sơ trực tuyến cấp xã", Y23b,
      change=CH("increase", 17.2, "điểm phần trăm", "năm trước")),
    F("Bố Trạch đạt 61,3%", "61,3", 61.3, "percent", "%", "tỷ lệ hồ sơ trực tuyến cấp xã", Y23b, location="Bố Trạch"),
    F("Ba Đồn đạt 57,8%", "57,8", 57.8, "percent", "%", "tỷ lệ hồ sơ trực tuyến cấp xã", Y23b, location="Ba Đồn"),
    F("đạt 0,5126 điểm", "0,5126", 0.5126, "measure", "điểm", "Chỉ số chuyển đổi số (DTI)", Y22),
    F("xếp thứ 19/63", "19", 19, "rank", "hạng", "Chỉ số chuyển đổi số (DTI)", Y22, total=63),
    F("khoảng 98% người", "98", 98, "percent", "%",
      "người hưởng lương hưu, trợ cấp bảo hiểm xã hội ở khu vực đô thị nhận qua tài khoản", approx="about"),
    F("có 3.450 tiểu thương", "3.450", 3450, "count", "tiểu thương", "tiểu thương sử dụng mã QR tại các chợ",
      change=CH("increase", 1120, "tiểu thương", "năm 2022")),
    F("2025, 100% thành viên", "100", 100, "percent", "%",
      "thành viên tổ công nghệ số cộng đồng được bồi dưỡng kỹ năng số", T25, status="target"),
    F("từ 60 đến 70%", "60", 60, "percent", "%", "tỷ lệ hồ sơ trực tuyến cấp xã", T25, value_max=70, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Bình (invented): tổ công nghệ số cộng đồng, VNeID, hồ sơ trực tuyến cấp xã, DTI, QR at markets, 2025 targets.",
    "Distractors: Lượt xem: 1.482; 29/2/2024; mức độ 2; Kế hoạch số 412/KH-UBND ngày 12/6/2023; 0232.3822.115; số 6 Hùng Vương.",
    "Headline has no period phrase (no period). 'cao hơn 17,2 điểm phần trăm so với năm trước' is the change of the 48,6% share.",
    "'tăng 1.120 tiểu thương so với năm 2022' is the change of 3.450 (unit tiểu thương); the 98% sentence has no period phrase.",
]

if __name__ == "__main__":
    emit("p503-1", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Quảng Bình")
