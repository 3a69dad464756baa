"""p537-4: ministry site (Bộ TN&MT) — auctions of mining rights nationwide 2023, sand areas, deposits forfeited, royalties."""
from lib import F, P, I, CH, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ » Tin tức » Địa chất - Khoáng sản
Năm 2023: Đấu giá thành công 412 khu vực mỏ khoáng sản
Ngày đăng: 19/03/2024 | Lượt xem: 1.207

Theo Cục Khoáng sản Việt Nam, năm 2023 cả nước đã đấu giá thành công quyền khai thác khoáng sản tại 412 khu vực mỏ, tăng 15,4% so với năm 2022. Trong đó, các địa phương đấu giá 398 khu vực, chủ yếu là khoáng sản làm vật liệu xây dựng thông thường; Bộ Tài nguyên và Môi trường đấu giá 14 khu vực thuộc thẩm quyền cấp phép của Bộ.

Tổng giá trị trúng đấu giá ước đạt 5.870 tỷ đồng, cao gấp 2,3 lần so với tổng giá khởi điểm. Các địa phương có số khu vực đấu giá nhiều nhất là Thanh Hóa, Nghệ An và Quảng Ninh, lần lượt 38, 31 và 27 khu vực.

Đáng chú ý, có 46 khu vực mỏ cát, sỏi lòng sông được đấu giá, với tổng trữ lượng khoảng 21,5 triệu m³. Tại một số phiên, giá trúng cao hơn giá khởi điểm từ 20 đến 35 lần; sau khi trúng, 17 tổ chức, cá nhân đã bỏ cọc với tổng số tiền đặt trước bị tịch thu khoảng 64 tỷ đồng.

Về thu ngân sách, tổng số tiền cấp quyền khai thác khoáng sản được phê duyệt năm 2023 là 9.152 tỷ đồng; số đã nộp vào ngân sách nhà nước đạt 7.410 tỷ đồng, bằng 81% số phải nộp.

Năm 2024, Cục đặt mục tiêu đấu giá khoảng 450 khu vực mỏ. Theo Điều 78 Luật Khoáng sản 2010 và Nghị định số 22/2012/NĐ-CP, tiền đặt trước tối thiểu bằng 15% giá trị quyền khai thác tính theo giá khởi điểm.

Thông tin chi tiết liên hệ: Cục Khoáng sản Việt Nam, số 6 Phạm Ngũ Lão, Hoàn Kiếm, Hà Nội; điện thoại 024.3826.0674.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("công 412 khu vực", "412", 412, "count", "khu vực mỏ",
      subject="khu vực mỏ khoáng sản đấu giá thành công", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("tại 412 khu vực mỏ", "412", 412, "count", "khu vực mỏ",
      change=CH("increase", 15.4, baseline="năm 2022"),
      subject="khu vực mỏ đấu giá thành công quyền khai thác khoáng sản", period=Y23),
    F("giá 398 khu vực", "398", 398, "count", "khu vực", total=412,
      subject="khu vực do các địa phương đấu giá", period=I(Y23)),
    F("giá 14 khu vực", "14", 14, "count", "khu vực", total=412,
      subject="khu vực do Bộ Tài nguyên và Môi trường đấu giá", period=I(Y23)),
    F("đạt 5.870 tỷ đồng", "5.870", 5870000000000, "money", "đồng", status="estimate",
      change=CH("increase", 2.3, "lần", baseline="tổng giá khởi điểm"),
      subject="tổng giá trị trúng đấu giá", period=I(Y23)),
    F("lần lượt 38", "38", 38, "count", "khu vực", subject="số khu vực đấu giá",
      period=I(Y23), location="Thanh Hóa"),
    F("38, 31", "31", 31, "count", "khu vực", subject="số khu vực đấu giá",
      period=I(Y23), location="Nghệ An"),
    F("và 27 khu vực", "27", 27, "count", "khu vực", subject="số khu vực đấu giá",
      period=I(Y23), location="Quảng Ninh"),
    F("có 46 khu vực", "46", 46, "count", "khu vực", subject="khu vực mỏ cát, sỏi lòng sông được đấu giá",
      period=I(Y23)),
    F("khoảng 21,5 triệu m³", "21,5", 21500000, "measure", "m³", approx="about",
      subject="tổng trữ lượng khu vực mỏ cát, sỏi lòng sông được đấu giá", period=I(Y23)),
    F("từ 20 đến 35 lần", "20", 20, "multiple", "lần", value_max=35,
      subject="giá trúng so với giá khởi điểm", period=I(Y23)),
    F("17 tổ chức", "17", 17, "count", "tổ chức, cá nhân",
      subject="tổ chức, cá nhân bỏ cọc", period=I(Y23)),
    F("khoảng 64 tỷ đồng", "64", 64000000000, "money", "đồng", approx="about",
      subject="tổng số tiền đặt trước bị tịch thu", period=I(Y23)),
    F("là 9.152 tỷ đồng", "9.152", 9152000000000, "money", "đồng",
      subject="tổng số tiền cấp quyền khai thác khoáng sản được phê duyệt", period=Y23),
    F("đạt 7.410 tỷ đồng", "7.410", 7410000000000, "money", "đồng", percent=81,
      subject="tiền cấp quyền khai thác khoáng sản đã nộp vào ngân sách nhà nước", period=Y23),
    F("khoảng 450 khu vực", "450", 450, "count", "khu vực mỏ", approx="about", status="target",
      subject="khu vực mỏ đấu giá", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("tối thiểu bằng 15%", "15", 15, "percent", "%", approx="at_least",
      subject="tiền đặt trước so với giá trị quyền khai thác tính theo giá khởi điểm", optional=True),
]

COMMENTS = [
    "Ministry site (Bộ TN&MT), Ngày đăng 19/03/2024: auctions of mineral mining rights nationwide in 2023. National figures -> Việt Nam;",
    "the three provinces of the 'lần lượt' list are the items' locations. '398 ... ; 14' after 'Trong đó' -> total 412.",
    "'ước đạt 5.870 tỷ đồng, cao gấp 2,3 lần so với tổng giá khởi điểm' -> change 2,3 lần (increase) on the money figure (as 'tăng 2,8 lần').",
    "'giá trúng cao hơn giá khởi điểm từ 20 đến 35 lần' stands alone as the claim -> multiple range. 'bằng 81% số phải nộp' -> percent.",
    "Optional: 'tiền đặt trước tối thiểu bằng 15%' is a legal threshold, not a measured fact.",
    "Not figures: Lượt xem 1.207, Điều 78, Luật Khoáng sản 2010, Nghị định số 22/2012/NĐ-CP, số 6 Phạm Ngũ Lão, 024.3826.0674.",
]

if __name__ == "__main__":
    emit("p537-4", TEXT, COMMENTS, FIGS, published="2024-03-19", location="Việt Nam")
