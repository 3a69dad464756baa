"""p713-4: Ministry (Bộ LĐ-TB&XH) site, national labour inspection results 2023, provincial list, 2024 targets."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Thanh tra

Năm 2023, toàn ngành thanh tra, kiểm tra gần 7.800 doanh nghiệp

Ngày đăng: 15/01/2024 | Lượt xem: 2.736

Theo báo cáo của Thanh tra Bộ, năm 2023, toàn ngành Lao động - Thương binh và Xã hội đã triển khai 1.126 cuộc thanh tra, kiểm tra, tăng 9,3% so với năm 2022, trong đó Thanh tra Bộ thực hiện 68 cuộc, thanh tra các sở thực hiện 1.058 cuộc. Tổng số doanh nghiệp được thanh tra, kiểm tra là 7.782 doanh nghiệp với khoảng 1,46 triệu lao động.

Qua thanh tra đã phát hiện 21.540 vi phạm, ban hành 1.872 quyết định xử phạt vi phạm hành chính với tổng số tiền 98,6 tỷ đồng. Vi phạm về thời giờ làm việc, thời giờ nghỉ ngơi chiếm khoảng 14% tổng số vi phạm; vi phạm về tổ chức làm thêm giờ vượt mức quy định chiếm 6,2%.

Các địa phương có số tiền xử phạt lớn là TP. Hồ Chí Minh (12,4 tỷ đồng), Bình Dương (9,8 tỷ đồng), Đồng Nai (7,1 tỷ đồng) và Hà Nội (6,5 tỷ đồng). Có 48/63 tỉnh, thành phố đã tổ chức thanh tra chuyên đề về làm thêm giờ.

Năm 2024, Bộ đặt mục tiêu thanh tra, kiểm tra tối thiểu 8.500 doanh nghiệp, trong đó ít nhất 30% là doanh nghiệp có nguy cơ cao vi phạm về thời giờ làm việc, làm thêm giờ. Thanh tra Bộ cũng kiến nghị sửa đổi Nghị định số 12/2022/NĐ-CP để tăng mức phạt đối với hành vi tổ chức làm thêm giờ vượt quá 300 giờ/năm.

Đường dây nóng: 024.3826.9559 | Địa chỉ: Số 12 Ngô Quyền, quận Hoàn Kiếm, Hà Nội
"""

Y = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ_LIST = "số tiền xử phạt"

F = [
    fig("kiểm tra gần 7.800 doanh nghiệp", "7.800", 7800, "count", "doanh nghiệp",
        "doanh nghiệp được thanh tra, kiểm tra", per("Năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    fig("triển khai 1.126 cuộc", "1.126", 1126, "count", "cuộc",
        "cuộc thanh tra, kiểm tra", Y, change=chg("increase", 9.3, "%", "năm 2022")),
    fig("Bộ thực hiện 68 cuộc", "68", 68, "count", "cuộc",
        "cuộc thanh tra, kiểm tra Thanh tra Bộ thực hiện", Y, total=1126),
    fig("sở thực hiện 1.058 cuộc", "1.058", 1058, "count", "cuộc",
        "cuộc thanh tra, kiểm tra thanh tra các sở thực hiện", Y, total=1126),
    fig("là 7.782 doanh nghiệp", "7.782", 7782, "count", "doanh nghiệp",
        "doanh nghiệp được thanh tra, kiểm tra", inh(Y)),
    fig("khoảng 1,46 triệu lao động", "1,46", 1.46e6, "count", "lao động",
        "lao động tại doanh nghiệp được thanh tra, kiểm tra", inh(Y), approx="about"),
    fig("phát hiện 21.540 vi phạm", "21.540", 21540, "count", "vi phạm",
        "vi phạm phát hiện qua thanh tra", inh(Y)),
    fig("ban hành 1.872 quyết định", "1.872", 1872, "count", "quyết định",
        "quyết định xử phạt vi phạm hành chính", inh(Y)),
    fig("tổng số tiền 98,6 tỷ đồng", "98,6", 98.6e9, "money", "đồng",
        "tổng số tiền xử phạt vi phạm hành chính", inh(Y)),
    fig("chiếm khoảng 14%", "14", 14, "percent", "%",
        "vi phạm về thời giờ làm việc, thời giờ nghỉ ngơi trong tổng số vi phạm", inh(Y), approx="about"),
    fig("chiếm 6,2%", "6,2", 6.2, "percent", "%",
        "vi phạm về tổ chức làm thêm giờ vượt mức quy định trong tổng số vi phạm", inh(Y)),
    fig("Hồ Chí Minh (12,4 tỷ đồng)", "12,4", 12.4e9, "money", "đồng", SUBJ_LIST, inh(Y), location="TP. Hồ Chí Minh"),
    fig("Bình Dương (9,8 tỷ đồng)", "9,8", 9.8e9, "money", "đồng", SUBJ_LIST, inh(Y), location="Bình Dương"),
    fig("Đồng Nai (7,1 tỷ đồng)", "7,1", 7.1e9, "money", "đồng", SUBJ_LIST, inh(Y), location="Đồng Nai"),
    fig("Hà Nội (6,5 tỷ đồng)", "6,5", 6.5e9, "money", "đồng", SUBJ_LIST, inh(Y), location="Hà Nội"),
    fig("48/63 tỉnh, thành phố", "48", 48, "count", "tỉnh, thành phố",
        "tỉnh, thành phố đã tổ chức thanh tra chuyên đề về làm thêm giờ", inh(Y), total=63),
    fig("tối thiểu 8.500 doanh nghiệp", "8.500", 8500, "count", "doanh nghiệp",
        "doanh nghiệp thanh tra, kiểm tra", Y24, approx="at_least", status="target"),
    fig("ít nhất 30%", "30", 30, "percent", "%",
        "doanh nghiệp có nguy cơ cao vi phạm về thời giờ làm việc, làm thêm giờ", Y24,
        approx="at_least", status="target"),
    fig("vượt quá 300 giờ/năm", "300", 300, "measure", "giờ/năm", approx="over", optional=True),
]

write("p713-4", TEXT, [
    "Ministry site (Bộ LĐ-TB&XH, Thanh tra), 'Ngày đăng: 15/01/2024 | Lượt xem: 2.736': national labour inspection results 2023.",
    "National figures -> Việt Nam; the bracketed provincial list of fines takes the province as location, subject 'số tiền xử phạt'.",
    "'48/63 tỉnh, thành phố' is a count of provinces (Việt Nam). 'trong đó Thanh tra Bộ 68 cuộc, các sở 1.058 cuộc' -> total 1.126.",
    "'chiếm khoảng 14% tổng số vi phạm' stands as a percent figure (no base amount before it in its clause).",
    "'đặt mục tiêu ... tối thiểu 8.500' -> target/at_least; 'trong đó ít nhất 30%' is a percent figure of its own (target, at_least).",
    "Distractors: 'Nghị định số 12/2022/NĐ-CP', hotline 024.3826.9559, 'Số 12 Ngô Quyền', view counter; threshold 300 giờ/năm optional.",
], F, published="2024-01-15", location="Việt Nam")
