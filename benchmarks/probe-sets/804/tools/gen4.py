"""p804-4: Cục An toàn lao động (Bộ LĐTBXH) site, national 2023 inspection organisations, accidents, targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI - CỤC AN TOÀN LAO ĐỘNG
Trang chủ / Tin hoạt động
Thứ Ba, 19/03/2024 | 10:25

Tăng cường quản lý hoạt động kiểm định kỹ thuật an toàn lao động

Theo Cục An toàn lao động, tính đến ngày 31/12/2023, cả nước có 213 tổ chức được cấp giấy chứng nhận đủ điều kiện hoạt động kiểm định kỹ thuật an toàn lao động, với khoảng 2.460 kiểm định viên. Các tổ chức kiểm định tập trung chủ yếu tại Hà Nội (64 tổ chức), TP Hồ Chí Minh (48 tổ chức) và Hải Phòng (15 tổ chức).

Năm 2023, các tổ chức đã kiểm định hơn 1,18 triệu lượt máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động, tăng khoảng 6% so với năm 2022; trong đó thiết bị nâng, thang máy chiếm 52,4%, thiết bị áp lực chiếm 38,1%.

Cũng trong năm 2023, Thanh tra Bộ đã thu hồi giấy chứng nhận của 4 tổ chức, đình chỉ có thời hạn hoạt động của 7 tổ chức do vi phạm quy trình kiểm định, xử phạt vi phạm hành chính với tổng số tiền hơn 2,3 tỷ đồng.

Về tai nạn lao động, năm 2023 cả nước xảy ra 81 vụ tai nạn lao động chết người do máy, thiết bị có yêu cầu nghiêm ngặt gây ra, chiếm 13,5% tổng số vụ tai nạn lao động chết người, giảm 9 vụ so với năm 2022.

Thực hiện Chương trình quốc gia về an toàn, vệ sinh lao động giai đoạn 2021-2025, Bộ đặt mục tiêu giảm bình quân 4%/năm tần suất tai nạn lao động chết người trong các lĩnh vực có nguy cơ cao; 100% tổ chức kiểm định được thanh tra, kiểm tra ít nhất 1 lần trong giai đoạn. Năm 2024, Cục dự kiến kiểm tra khoảng 60 tổ chức kiểm định tại 25 tỉnh, thành phố, trong đó có Bình Dương, Đồng Nai, Bắc Ninh.

Các tổ chức kiểm định phải thực hiện đúng Nghị định số 44/2016/NĐ-CP và Thông tư số 36/2019/TT-BLĐTBXH. Đây là lần thứ 3 Cục tổ chức tập huấn nghiệp vụ cho kiểm định viên trong năm.

Cục An toàn lao động - Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội. ĐT: 024.3826.9534
"""

END23 = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
Y23c = P("năm 2023", "2023-01-01", "2023-12-31")
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 213 tổ chức", "213", 213, "count", "tổ chức",
      subject="tổ chức được cấp giấy chứng nhận đủ điều kiện hoạt động kiểm định kỹ thuật an toàn lao động", period=END23),
    F("khoảng 2.460 kiểm định viên", "2.460", 2460, "count", "kiểm định viên", approx="about",
      subject="kiểm định viên", period=END23),
    F("Hà Nội (64 tổ chức)", "64", 64, "count", "tổ chức",
      subject="tổ chức kiểm định", location="Hà Nội", period=I(END23)),
    F("Minh (48 tổ chức)", "48", 48, "count", "tổ chức",
      subject="tổ chức kiểm định", location="TP Hồ Chí Minh", period=I(END23)),
    F("Hải Phòng (15 tổ chức)", "15", 15, "count", "tổ chức",
      subject="tổ chức kiểm định", location="Hải Phòng", period=I(END23)),
    F("hơn 1,18 triệu lượt", "1,18", 1180000, "count", "lượt", approx="over",
      change=C("increase", 6, baseline="năm 2022", approx="about"),
      subject="lượt máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động được kiểm định", period=Y23),
    F("thang máy chiếm 52,4%", "52,4", 52.4, "percent", "%",
      subject="thiết bị nâng, thang máy trong số lượt kiểm định", period=Y23),
    F("áp lực chiếm 38,1%", "38,1", 38.1, "percent", "%",
      subject="thiết bị áp lực trong số lượt kiểm định", period=Y23),
    F("của 4 tổ chức", "4", 4, "count", "tổ chức",
      subject="tổ chức bị thu hồi giấy chứng nhận", period=Y23b),
    F("của 7 tổ chức", "7", 7, "count", "tổ chức",
      subject="tổ chức bị đình chỉ có thời hạn hoạt động", period=Y23b),
    F("hơn 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng", approx="over",
      subject="tổng số tiền xử phạt vi phạm hành chính", period=Y23b),
    F("xảy ra 81 vụ", "81", 81, "count", "vụ", percent=13.5,
      change=C("decrease", 9, "vụ", baseline="năm 2022"),
      subject="vụ tai nạn lao động chết người do máy, thiết bị có yêu cầu nghiêm ngặt gây ra", period=Y23c),
    F("bình quân 4%/năm", "4", 4, "percent", "%", status="target",
      subject="giảm tần suất tai nạn lao động chết người trong các lĩnh vực có nguy cơ cao", period=GD),
    F("; 100% tổ chức", "100", 100, "percent", "%", status="target",
      subject="tổ chức kiểm định được thanh tra, kiểm tra", period=GD),
    F("ít nhất 1 lần", "1", 1, "count", "lần", approx="at_least", status="target",
      subject="số lần thanh tra, kiểm tra mỗi tổ chức kiểm định", period=GD, optional=True),
    F("khoảng 60 tổ chức", "60", 60, "count", "tổ chức", approx="about", status="forecast",
      subject="tổ chức kiểm định được kiểm tra", period=Y24),
    F("tại 25 tỉnh", "25", 25, "count", "tỉnh, thành phố", status="forecast",
      subject="tỉnh, thành phố có tổ chức kiểm định được kiểm tra", period=Y24),
]

NOTES = [
    "Cục An toàn lao động site (invented): national figures on inspection organisations (as of 31/12/2023), 2023 inspections,",
    "sanctions, fatal accidents caused by strictly-regulated equipment, national programme targets 2021-2025, 2024 plan.",
    "'trong đó thiết bị nâng, thang máy chiếm 52,4%' is a share of the inspections: a percent figure of its own (a percent has no total).",
    "'81 vụ ..., chiếm 13,5% ..., giảm 9 vụ so với năm 2022' → percent 13.5 and change -9 vụ on the count.",
    "'giảm bình quân 4%/năm' (target rate, no base amount) → percent figure, status target; '100% tổ chức' continues 'đặt mục tiêu'.",
    "'ít nhất 1 lần trong giai đoạn' (frequency inside a target) optional. '25 tỉnh, thành phố' is national (Việt Nam); the provinces",
    "after 'trong đó có' do not localise it. Distractors: Nghị định số 44/2016/NĐ-CP, Thông tư số 36/2019/TT-BLĐTBXH, 'giai đoạn 2021-2025',",
    "'lần thứ 3' (ordinal), 'Số 12 Ngô Quyền', ĐT 024.3826.9534, 10:25.",
]

write("p804-4", TEXT, NOTES, FIGS, published="2024-03-19", location="Việt Nam")
