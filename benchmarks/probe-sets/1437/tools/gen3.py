"""p1437-3: ministry site (Bộ Tư pháp, Cục Bổ trợ tư pháp): national bailiff figures for 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ TƯ PHÁP - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin hoạt động > Bổ trợ tư pháp

Năm 2023, thừa phát lại cả nước tống đạt hơn 2,1 triệu văn bản

22/02/2024 | 16:05 | Cục Bổ trợ tư pháp

Theo số liệu tổng hợp của Cục Bổ trợ tư pháp, tính đến ngày 31/12/2023, cả nước có 218 Văn phòng Thừa phát lại tại 62/63 tỉnh, thành phố trực thuộc Trung ương với 487 thừa phát lại đang hành nghề.

Năm 2023, các Văn phòng Thừa phát lại đã tống đạt 2.146.530 văn bản, tăng 14% so với năm 2022; lập 356.400 vi bằng, tăng 9,8%; xác minh điều kiện thi hành án 4.950 việc và trực tiếp tổ chức thi hành án 312 việc. Khoảng 10-12% số văn bản phải tống đạt bằng hình thức niêm yết công khai. Tổng doanh thu năm 2023 ước khoảng 1.420 tỷ đồng. Các văn phòng đã nộp ngân sách nhà nước gần 160 tỷ đồng.

Những địa phương có số vi bằng được lập nhiều nhất là TP Hồ Chí Minh (112.560 vi bằng), Hà Nội (48.230 vi bằng) và Bình Dương (21.905 vi bằng). TP Hồ Chí Minh cũng dẫn đầu cả nước về số văn phòng với 46 văn phòng; Hà Nội đứng thứ hai với 35 văn phòng.

Trong năm, Bộ Tư pháp và Sở Tư pháp các địa phương đã kiểm tra 74 văn phòng, xử phạt vi phạm hành chính 9 trường hợp với tổng số tiền 285 triệu đồng.

Theo Đề án phát triển thừa phát lại, mục tiêu đến năm 2030 cả nước có khoảng 400 Văn phòng Thừa phát lại, ít nhất 90% văn bản của Tòa án được tống đạt qua thừa phát lại.

Tin cùng chuyên mục:
- Hội nghị tập huấn Nghị định số 08/2020/NĐ-CP tại khu vực phía Nam
- Công bố Quyết định số 2112/QĐ-BTP về kiểm tra hoạt động bổ trợ tư pháp

Bản quyền thuộc Bộ Tư pháp. Địa chỉ: 58-60 Trần Phú, Ba Đình, Hà Nội. Điện thoại: 024.6273.9718.
"""

Y = per("Năm 2023", "2023-01-01", "2023-12-31")
Y_HEAD = per("Năm 2023", "2023-01-01", "2023-12-31")
Y_LC = per("năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("tính đến ngày 31/12/2023", None, "2023-12-31")
IN_YEAR = per("Trong năm", "2023-01-01", "2023-12-31")
T2030 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("hơn 2,1 triệu văn bản", "2,1", 2.1e6, "count", "văn bản", approx="over",
        subject="văn bản thừa phát lại cả nước tống đạt", period=Y_HEAD),
    fig("có 218 Văn phòng", "218", 218, "count", "Văn phòng Thừa phát lại",
        subject="Văn phòng Thừa phát lại", period=ASOF),
    fig("62/63", "62", 62, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố trực thuộc Trung ương có Văn phòng Thừa phát lại", period=ASOF),
    fig("với 487 thừa phát lại", "487", 487, "count", "thừa phát lại",
        subject="thừa phát lại đang hành nghề", period=ASOF),
    fig("tống đạt 2.146.530 văn bản", "2.146.530", 2146530, "count", "văn bản",
        change=chg("increase", 14, "%", "năm 2022"),
        subject="văn bản các Văn phòng Thừa phát lại đã tống đạt", period=Y),
    fig("lập 356.400 vi bằng", "356.400", 356400, "count", "vi bằng",
        change=chg("increase", 9.8, "%"),
        subject="vi bằng các Văn phòng Thừa phát lại lập", period=Y),
    fig("thi hành án 4.950 việc", "4.950", 4950, "count", "việc",
        subject="việc xác minh điều kiện thi hành án", period=Y),
    fig("thi hành án 312 việc", "312", 312, "count", "việc",
        subject="việc trực tiếp tổ chức thi hành án", period=Y),
    fig("Khoảng 10-12%", "10", 10, "percent", "%", value_max=12, approx="about",
        subject="văn bản phải tống đạt bằng hình thức niêm yết công khai", period=inh(Y)),
    fig("ước khoảng 1.420 tỷ", "1.420", 1420e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng doanh thu", period=Y_LC),
    fig("gần 160 tỷ đồng", "160", 160e9, "money", "đồng", approx="nearly",
        subject="nộp ngân sách nhà nước của các văn phòng", period=inh(Y)),
    fig("(112.560 vi bằng)", "112.560", 112560, "count", "vi bằng",
        subject="vi bằng được lập", location="TP Hồ Chí Minh", period=inh(Y)),
    fig("(48.230 vi bằng)", "48.230", 48230, "count", "vi bằng",
        subject="vi bằng được lập", location="Hà Nội", period=inh(Y)),
    fig("(21.905 vi bằng)", "21.905", 21905, "count", "vi bằng",
        subject="vi bằng được lập", location="Bình Dương", period=inh(Y)),
    fig("với 46 văn phòng", "46", 46, "count", "văn phòng",
        subject="số văn phòng", location="TP Hồ Chí Minh", period=inh(ASOF)),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="số văn phòng", location="Hà Nội", period=inh(ASOF)),
    fig("với 35 văn phòng", "35", 35, "count", "văn phòng",
        subject="số văn phòng", location="Hà Nội", period=inh(ASOF)),
    fig("kiểm tra 74 văn phòng", "74", 74, "count", "văn phòng",
        subject="văn phòng Bộ Tư pháp và Sở Tư pháp các địa phương đã kiểm tra", period=IN_YEAR),
    fig("hành chính 9 trường hợp", "9", 9, "count", "trường hợp",
        subject="trường hợp bị xử phạt vi phạm hành chính", period=IN_YEAR),
    fig("số tiền 285 triệu", "285", 285e6, "money", "đồng",
        subject="tổng số tiền xử phạt vi phạm hành chính", period=IN_YEAR),
    fig("khoảng 400 Văn phòng", "400", 400, "count", "Văn phòng Thừa phát lại", approx="about",
        status="target", subject="Văn phòng Thừa phát lại", period=T2030),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="văn bản của Tòa án được tống đạt qua thừa phát lại", period=T2030),
]

NOTES = [
    "Ministry site (Bộ Tư pháp, Cục Bổ trợ tư pháp): national bailiff results of 2023; dateline '22/02/2024 | 16:05 | Cục Bổ trợ tư pháp'.",
    "Distractors: 16:05, Nghị định số 08/2020/NĐ-CP, Quyết định số 2112/QĐ-BTP, address '58-60 Trần Phú' (not a range), phone 024.6273.9718.",
    "Default location Việt Nam. '62/63 tỉnh, thành phố' → total 63. The list 'TP Hồ Chí Minh (112.560 vi bằng), …' gives each item its place;",
    "  the subject is the list's indicator. 'Hà Nội đứng thứ hai với 35 văn phòng' → rank 2 and count 35, both in Hà Nội.",
    "'lập 356.400 vi bằng, tăng 9,8%' → change without a stated baseline. 'Khoảng 10-12% số văn bản …' is a percent range of its own.",
    "'ước khoảng 1.420 tỷ' → estimate + about. 'Trong năm' (year-less) → 2023. 'mục tiêu đến năm 2030' governs both the 400 and the 90% (target).",
]

if __name__ == "__main__":
    write("p1437-3", TEXT, NOTES, FIGS, published="2024-02-22", location="Việt Nam")
