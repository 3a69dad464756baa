from lib import F, P, I, CH, emit, num

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÀ GIANG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp | Liên hệ

Kết quả sản xuất cam sành năm 2023 và kế hoạch năm 2024

Năm 2023, diện tích cam sành toàn tỉnh Hà Giang là 5.327 ha, sản lượng thu hoạch đạt 46.850 tấn, tăng 7,2% so với năm 2022. Diện tích cam được cấp chứng nhận VietGAP đạt 684 ha, bằng 12,8% tổng diện tích. Giá cam sành tại vườn bình quân cả vụ 10.500 đồng/kg. Toàn tỉnh có 12 hợp tác xã sản xuất cam sành, trong đó 3 hợp tác xã có sản phẩm đạt OCOP 4 sao.

Diện tích, sản lượng cam sành tại các huyện trọng điểm:

Huyện
Diện tích năm 2023 (ha)
Sản lượng năm 2023 (tấn)
Kế hoạch sản lượng năm 2024 (tấn)
Bắc Quang
3.412
31.560
33.000
Quang Bình
1.087
8.940
9.500
Vị Xuyên
526
4.215
4.400
Bắc Mê
214
1.380
1.500

Năm 2024, Sở phấn đấu cấp thêm 8 mã số vùng trồng cam sành, nâng diện tích VietGAP lên 900 ha; hỗ trợ người dân cải tạo 350 ha vườn cam già cỗi.

Sản phẩm cam sành Hà Giang đã được bảo hộ chỉ dẫn địa lý; nhiều hộ ở thôn Tân Thành, xã Tân Quang đạt thu nhập trên 500 triệu đồng/năm từ cam.

Địa chỉ: Số 268, đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang
Điện thoại: 0219.3866.214 - Fax: 0219.3866.120
Bản quyền thuộc Sở Nông nghiệp và PTNT tỉnh Hà Giang
Tổng số lượt truy cập: 2.614.503
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C23 = P("năm 2023", "2023-01-01", "2023-12-31")
C24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Bắc Quang", "3.412", "31.560", "33.000"),
        ("Quang Bình", "1.087", "8.940", "9.500"),
        ("Vị Xuyên", "526", "4.215", "4.400"),
        ("Bắc Mê", "214", "1.380", "1.500")]
COLS = [("diện tích cam sành năm 2023", "ha", C23, None),
        ("sản lượng cam sành năm 2023", "tấn", C23, None),
        ("kế hoạch sản lượng cam sành năm 2024", "tấn", C24, "target")]

FIGS = [
    F("là 5.327 ha", "5.327", 5327, "measure", "ha", "diện tích cam sành", Y23),
    F("đạt 46.850 tấn", "46.850", 46850, "measure", "tấn", "sản lượng cam sành thu hoạch", Y23,
      change=CH("increase", 7.2, baseline="năm 2022")),
    F("đạt 684 ha", "684", 684, "measure", "ha", "diện tích cam được cấp chứng nhận VietGAP", I(Y23), percent=12.8),
    F("vụ 10.500 đồng/kg", "10.500", 10500, "money", "đồng/kg", "giá cam sành tại vườn bình quân cả vụ", I(Y23)),
    F("có 12 hợp tác xã", "12", 12, "count", "hợp tác xã", "hợp tác xã sản xuất cam sành"),
    F("trong đó 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã có sản phẩm đạt OCOP", total=12),
]
for label, *cells in ROWS:
    for i, (cell, (col, unit, per, status)) in enumerate(zip(cells, COLS)):
        anchor = "\n".join([label] + cells[:i + 1]) + "\n"
        kw = {"status": status} if status else {}
        FIGS.append(F(anchor, cell, num(cell), "measure", unit, col, per, location=label, **kw))

FIGS += [
    F("thêm 8 mã số", "8", 8, "count", "mã số vùng trồng", "mã số vùng trồng cam sành cấp thêm", Y24, status="target"),
    F("lên 900 ha", "900", 900, "measure", "ha", "diện tích VietGAP", Y24, status="target"),
    F("cải tạo 350 ha", "350", 350, "measure", "ha", "diện tích vườn cam già cỗi được hỗ trợ cải tạo", Y24,
      status="target"),
    F("trên 500 triệu", "500", 500000000, "money", "đồng/năm", "thu nhập từ cam của nhiều hộ", approx="over"),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Hà Giang), no dateline (no published): king-orange (cam sành) 2023 results and 2024 plan.",
    "One-cell-per-line table, units in the column headers; periods from the headers (scored, as in shared h23); the",
    "`Kế hoạch … năm 2024` column gives status target; district row labels go to location. Menu, address `Số 268`, phone,",
    "fax, the visit counter and the OCOP rating `4 sao` (a level, like `mức độ 3`) are distractors. `bằng 12,8% tổng diện tích` is the VietGAP area's percent.",
    "`phấn đấu` governs the three clauses of its sentence (target). Income of households in a commune: Hà Giang (commune",
    "below district level, district not named).",
]

if __name__ == "__main__":
    emit("p603-7", TEXT, COMMENTS, FIGS, location="Hà Giang")
