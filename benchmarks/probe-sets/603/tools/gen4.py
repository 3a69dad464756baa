from lib import F, P, I, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin hoạt động » Trồng trọt - Bảo vệ thực vật

Cấp mới 126 mã số vùng trồng cây có múi phục vụ xuất khẩu
Ngày đăng: 25/06/2024 | Lượt xem: 2.075

Theo Cục Bảo vệ thực vật, 6 tháng đầu năm 2024 cả nước đã cấp mới 126 mã số vùng trồng cây có múi phục vụ xuất khẩu, nâng tổng số mã số đang hoạt động lên 694 mã, với tổng diện tích khoảng 21.400 ha. Trong số 694 mã số này, có 412 mã số vùng trồng bưởi, 187 mã số vùng trồng cam và 95 mã số vùng trồng chanh.

Các địa phương có nhiều mã số vùng trồng bưởi nhất lần lượt là Bến Tre, Vĩnh Long và Hậu Giang với 86, 71 và 54 mã số.

Hiện diện tích cây có múi cả nước khoảng 275.000 ha. Năm 2023, sản lượng cây có múi đạt 3,6 triệu tấn, trong đó cam 1,68 triệu tấn, bưởi 1,16 triệu tấn. Tháng 5/2024, kim ngạch xuất khẩu bưởi sang Hoa Kỳ đạt 1,9 triệu USD, tăng gấp 2,1 lần so với cùng kỳ năm 2023. Đến nay, quả bưởi tươi đã xuất khẩu chính ngạch sang 3 thị trường có yêu cầu cao là Hoa Kỳ, New Zealand và Australia.

Qua kiểm tra, Cục Bảo vệ thực vật phát hiện 37 mã số vùng trồng không duy trì điều kiện theo quy định và đã thu hồi 12 mã số. Dự kiến cả năm 2024 sẽ cấp mới khoảng 250 mã số vùng trồng cây có múi.

Cục đề nghị các địa phương rà soát, báo cáo trước ngày 30/9/2024 theo Văn bản số 1876/BVTV-KD; phấn đấu đến năm 2030, diện tích cây có múi được cấp mã số vùng trồng chiếm ít nhất 30% tổng diện tích cho thu hoạch.

Thông tin liên hệ: Phòng Kiểm dịch thực vật, số 149 Hồ Đắc Di, quận Đống Đa, Hà Nội; đường dây nóng 024.3533.0361.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Cấp mới 126 mã số", "126", 126, "count", "mã số vùng trồng", "mã số vùng trồng cây có múi phục vụ xuất khẩu cấp mới",
      I(H1)),
    F("cấp mới 126 mã số vùng trồng cây có múi phục vụ xuất khẩu, nâng", "126", 126, "count", "mã số vùng trồng",
      "mã số vùng trồng cây có múi phục vụ xuất khẩu cấp mới", H1),
    F("lên 694 mã", "694", 694, "count", "mã", "mã số vùng trồng cây có múi đang hoạt động", H1),
    F("khoảng 21.400 ha", "21.400", 21400, "measure", "ha", "tổng diện tích của các mã số vùng trồng cây có múi đang hoạt động", H1,
      approx="about"),
    F("Trong số 694", "694", 694, "count", "mã số", "mã số vùng trồng cây có múi đang hoạt động", I(H1), optional=True),
    F("có 412 mã số", "412", 412, "count", "mã số vùng trồng", "mã số vùng trồng bưởi", I(H1), total=694),
    F("187 mã số", "187", 187, "count", "mã số vùng trồng", "mã số vùng trồng cam", I(H1), total=694),
    F("95 mã số", "95", 95, "count", "mã số vùng trồng", "mã số vùng trồng chanh", I(H1), total=694),
    F("với 86,", "86", 86, "count", "mã số", "mã số vùng trồng bưởi", location="Bến Tre"),
    F("71 và", "71", 71, "count", "mã số", "mã số vùng trồng bưởi", location="Vĩnh Long"),
    F("54 mã số", "54", 54, "count", "mã số", "mã số vùng trồng bưởi", location="Hậu Giang"),
    F("khoảng 275.000 ha", "275.000", 275000, "measure", "ha", "diện tích cây có múi", approx="about"),
    F("đạt 3,6 triệu tấn", "3,6", 3600000, "measure", "tấn", "sản lượng cây có múi", Y23),
    F("cam 1,68 triệu tấn", "1,68", 1680000, "measure", "tấn", "sản lượng cam", Y23, total=3600000),
    F("bưởi 1,16 triệu tấn", "1,16", 1160000, "measure", "tấn", "sản lượng bưởi", Y23, total=3600000),
    F("đạt 1,9 triệu USD", "1,9", 1900000, "money", "USD", "kim ngạch xuất khẩu bưởi sang Hoa Kỳ",
      P("Tháng 5/2024", "2024-05-01", "2024-05-31"),
      change=CH("increase", 2.1, "lần", baseline="cùng kỳ năm 2023")),
    F("sang 3 thị trường", "3", 3, "count", "thị trường", "thị trường có yêu cầu cao mà quả bưởi tươi đã xuất khẩu chính ngạch",
      P("Đến nay", None, "2024-06-25")),
    F("phát hiện 37 mã số", "37", 37, "count", "mã số vùng trồng", "mã số vùng trồng không duy trì điều kiện theo quy định"),
    F("thu hồi 12 mã số", "12", 12, "count", "mã số", "mã số vùng trồng bị thu hồi"),
    F("khoảng 250 mã số", "250", 250, "count", "mã số vùng trồng", "mã số vùng trồng cây có múi cấp mới",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("ít nhất 30%", "30", 30, "percent", "%", "diện tích cây có múi được cấp mã số vùng trồng trong tổng diện tích cho thu hoạch",
      P("đến năm 2030", None, "2030-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): growing-area codes for citrus exports, national citrus area and output, pomelo exports to the US.",
    "`Ngày đăng: 25/06/2024` gives published; `Lượt xem: 2.075`, `Văn bản số 1876/BVTV-KD`, the deadline `30/9/2024`, address",
    "`số 149 Hồ Đắc Di` and hotline are distractors. National figures: location Việt Nam; the `lần lượt` list gives each province",
    "its own figure (subject = the list's indicator). Headline count repeats the lead: two figures. `tăng gấp 2,1 lần so với",
    "cùng kỳ` after a money figure is its change (unit lần). The 12 withdrawn codes are not stated as part of the 37 (no cue).",
    "revised after the first scoring: subject of 21.400 ha now names the active codes (`mã số đang hoạt động`) as the sentence",
    "does, not `được cấp` (12 granted codes were withdrawn, so they differ); subject of `3 thị trường` reworded to the sentence's",
    "`xuất khẩu chính ngạch` (was `nhập khẩu`, no score effect).",
    "`Trong số 694 mã số này` restates the whole just given: optional. `Đến nay` ends at the published date.",
]

if __name__ == "__main__":
    emit("p603-4", TEXT, COMMENTS, FIGS, published="2024-06-25", location="Việt Nam")
