"""p502-4: ministry site (Bộ NN&PTNT) — national growing-area and packing-house codes by market and fruit, suspensions, targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Hoạt động của ngành
Ngày đăng: 14/11/2023 | Lượt xem: 934

Cả nước đã cấp hơn 7.600 mã số vùng trồng phục vụ xuất khẩu

Theo Cục Bảo vệ thực vật, tính đến ngày 31/10/2023, cả nước đã có 7.628 mã số vùng trồng và 1.945 mã số cơ sở đóng gói được cấp cho các sản phẩm cây trồng phục vụ xuất khẩu sang 11 thị trường, trong đó có Trung Quốc, Mỹ, Úc, Nhật Bản, Hàn Quốc và EU.

Riêng thị trường Trung Quốc có 5.210 mã số vùng trồng, chiếm 68,3%; tiếp đến là Mỹ 620 mã, Úc 312 mã và Nhật Bản 287 mã. Theo cây trồng, sầu riêng dẫn đầu với 1.120 mã số vùng trồng (diện tích khoảng 37.800 ha), thanh long 845 mã, vải 420 mã, xoài 390 mã. Năm 2023, số mã số vùng trồng sầu riêng tăng gấp 2,4 lần so với năm 2022 sau khi Nghị định thư về yêu cầu kiểm dịch thực vật đối với sầu riêng xuất khẩu sang Trung Quốc được ký kết.

Trong 10 tháng năm 2023, phía Trung Quốc đã thông báo tạm dừng 96 mã số vùng trồng và 34 mã số cơ sở đóng gói của Việt Nam do phát hiện sinh vật gây hại hoặc sai lệch hồ sơ truy xuất. Cục Bảo vệ thực vật đã kiểm tra, giám sát 2.350 mã số, đạt 30,8% tổng số mã đã cấp.

Mục tiêu đến năm 2025, 100% vùng trồng cây ăn quả chủ lực xuất khẩu được cấp mã số và quản lý trên hệ thống truy xuất điện tử; đến năm 2030, tỷ lệ lô hàng bị cảnh báo giảm xuống dưới 0,5%. Thứ trưởng Hoàng Trung đề nghị các địa phương thực hiện nghiêm Quyết định số 3156/QĐ-BNN-BVTV về giám sát mã số vùng trồng.

Cục Bảo vệ thực vật - 149 Hồ Đắc Di, Đống Đa, Hà Nội. ĐT: 024.3533.0361
"""

ASOF = P("tính đến ngày 31/10/2023", None, "2023-10-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 7.600 mã số", "7.600", 7600, "count", "mã số vùng trồng", "mã số vùng trồng phục vụ xuất khẩu được cấp",
      approx="over"),
    F("có 7.628 mã số", "7.628", 7628, "count", "mã số vùng trồng",
      "mã số vùng trồng được cấp phục vụ xuất khẩu", ASOF),
    F("và 1.945 mã số", "1.945", 1945, "count", "mã số cơ sở đóng gói",
      "mã số cơ sở đóng gói được cấp phục vụ xuất khẩu", ASOF),
    F("sang 11 thị trường", "11", 11, "count", "thị trường", "thị trường xuất khẩu", ASOF),
    F("có 5.210 mã số", "5.210", 5210, "count", "mã số vùng trồng", "mã số vùng trồng thị trường Trung Quốc",
      I(ASOF), percent=68.3),
    F("Mỹ 620 mã", "620", 620, "count", "mã", "mã số vùng trồng thị trường Mỹ", I(ASOF)),
    F("Úc 312 mã", "312", 312, "count", "mã", "mã số vùng trồng thị trường Úc", I(ASOF)),
    F("Nhật Bản 287 mã", "287", 287, "count", "mã", "mã số vùng trồng thị trường Nhật Bản", I(ASOF)),
    F("với 1.120 mã số", "1.120", 1120, "count", "mã số vùng trồng", "mã số vùng trồng sầu riêng", I(ASOF)),
    F("khoảng 37.800 ha", "37.800", 37800, "measure", "ha", "diện tích vùng trồng sầu riêng được cấp mã số",
      I(ASOF), approx="about"),
    F("thanh long 845 mã", "845", 845, "count", "mã", "mã số vùng trồng thanh long", I(ASOF)),
    F("vải 420 mã", "420", 420, "count", "mã", "mã số vùng trồng vải", I(ASOF)),
    F("xoài 390 mã", "390", 390, "count", "mã", "mã số vùng trồng xoài", I(ASOF)),
    F("gấp 2,4 lần", "2,4", 2.4, "multiple", "lần", "số mã số vùng trồng sầu riêng tăng so với năm 2022", Y23),
    F("tạm dừng 96 mã số", "96", 96, "count", "mã số vùng trồng", "mã số vùng trồng bị phía Trung Quốc tạm dừng", M10),
    F("và 34 mã số", "34", 34, "count", "mã số cơ sở đóng gói",
      "mã số cơ sở đóng gói bị phía Trung Quốc tạm dừng", M10),
    F("giám sát 2.350 mã số", "2.350", 2350, "count", "mã số", "mã số được kiểm tra, giám sát", I(M10), percent=30.8),
    F("2025, 100% vùng trồng", "100", 100, "percent", "%",
      "vùng trồng cây ăn quả chủ lực xuất khẩu được cấp mã số và quản lý trên hệ thống truy xuất điện tử", T25,
      status="target"),
    F("dưới 0,5%", "0,5", 0.5, "percent", "%", "tỷ lệ lô hàng bị cảnh báo", T30, approx="under", status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site (Ngày đăng 14/11/2023 | Lượt xem: 934): national growing-area and packing-house codes by market and by fruit,",
    "suspensions by China in 10 months of 2023, supervision, 2025/2030 targets. All figures national (Việt Nam); markets are not places.",
    "The headline has no period phrase. 'chiếm 68,3%' is the share attribute of the China count; no total (no a/b, trong đó or gồm cue).",
    "'tăng gấp 2,4 lần so với năm 2022' stands alone as the claim (no base amount): a multiple figure, not a change.",
    "'đạt 30,8% tổng số mã đã cấp' is the share of the 2.350 supervised codes. 'trong đó có Trung Quốc, Mỹ...' lists no numbers.",
    "Distractors: Quyết định số 3156/QĐ-BNN-BVTV, address 149 Hồ Đắc Di, phone, Lượt xem.",
]

if __name__ == "__main__":
    emit("p502-4", TEXT, COMMENTS, FIGS, published="2023-11-14", location="Việt Nam")
