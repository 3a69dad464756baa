"""p1414-4: ministry site (Bộ Xây dựng): national apartment buildings, boards, disputes, maintenance fund law, targets."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Nhà ở và thị trường bất động sản

Siết chặt quản lý kinh phí bảo trì nhà chung cư
22/08/2024 | 15:12 | Cục Quản lý nhà và thị trường bất động sản

Theo số liệu tổng hợp từ 63 tỉnh, thành phố, tính đến hết tháng 6/2024 cả nước có khoảng 4.600 nhà chung cư, trong đó TP Hồ Chí Minh khoảng 1.580 tòa, Hà Nội hơn 1.100 tòa. Tỷ lệ nhà chung cư đã thành lập ban quản trị bình quân đạt khoảng 70%; thấp nhất là nhóm chung cư tái định cư với chưa đến 40%.

6 tháng đầu năm 2024, các địa phương ghi nhận 318 vụ tranh chấp, khiếu kiện liên quan đến nhà chung cư, tăng 7% so với cùng kỳ năm 2023; trong đó khoảng 60% liên quan đến việc quản lý, bàn giao kinh phí bảo trì. Hiện cả nước còn khoảng 320 tòa nhà chưa bàn giao kinh phí bảo trì với số tiền ước hơn 5.000 tỷ đồng.

Luật Nhà ở số 27/2023/QH15 có hiệu lực từ ngày 1/8/2024 quy định chủ đầu tư phải gửi khoản kinh phí bảo trì bằng 2% giá trị căn hộ vào tài khoản riêng và bàn giao cho ban quản trị khi ban quản trị được thành lập; quá thời hạn mà không bàn giao thì bị cưỡng chế theo Nghị định số 95/2024/NĐ-CP.

Về giá dịch vụ quản lý vận hành, mức bình quân tại các đô thị loại đặc biệt khoảng 9.500 đồng/m2/tháng, cao gấp khoảng 1,6 lần so với các đô thị loại I.

Từ năm 2022 đến nay, Bộ đã tổ chức 12 lớp tập huấn cho hơn 1.500 thành viên ban quản trị và cán bộ quản lý tại 28 địa phương.

Mục tiêu đến năm 2025, ít nhất 85% nhà chung cư đủ điều kiện có ban quản trị và 100% kinh phí bảo trì được bàn giao đúng quy định; đến năm 2030, tỷ lệ nhà chung cư có ban quản trị đạt 95%.

Bản quyền thuộc Bộ Xây dựng. Địa chỉ: 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3976.0271
"""

ASOF = per("tính đến hết tháng 6/2024", None, "2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = per("Từ năm 2022 đến nay", "2022-01-01", "2024-08-22")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("từ 63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có số liệu tổng hợp"),
    fig("khoảng 4.600 nhà", "4.600", 4600, "count", "nhà chung cư", approx="about",
        subject="nhà chung cư", period=ASOF),
    fig("khoảng 1.580 tòa", "1.580", 1580, "count", "tòa", approx="about", total=4600,
        subject="nhà chung cư", period=ASOF, location="TP Hồ Chí Minh"),
    fig("hơn 1.100 tòa", "1.100", 1100, "count", "tòa", approx="over", total=4600,
        subject="nhà chung cư", period=ASOF, location="Hà Nội"),
    fig("đạt khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ nhà chung cư đã thành lập ban quản trị bình quân", period=inh(ASOF)),
    fig("chưa đến 40%", "40", 40, "percent", "%", approx="under",
        subject="tỷ lệ thành lập ban quản trị của nhóm chung cư tái định cư", period=inh(ASOF)),
    fig("ghi nhận 318 vụ", "318", 318, "count", "vụ",
        change=chg("increase", 7, "%", "cùng kỳ năm 2023"),
        subject="vụ tranh chấp, khiếu kiện liên quan đến nhà chung cư", period=H1),
    fig("khoảng 60% liên", "60", 60, "percent", "%", approx="about",
        subject="tranh chấp liên quan đến việc quản lý, bàn giao kinh phí bảo trì", period=H1),
    fig("khoảng 320 tòa", "320", 320, "count", "tòa nhà", approx="about",
        subject="tòa nhà chưa bàn giao kinh phí bảo trì"),
    fig("ước hơn 5.000 tỷ", "5.000", 5000e9, "money", "đồng", approx="over", status="estimate",
        subject="số tiền kinh phí bảo trì chưa bàn giao"),
    fig("bằng 2% giá", "2", 2, "percent", "%",
        subject="kinh phí bảo trì so với giá trị căn hộ"),
    fig("khoảng 9.500 đồng", "9.500", 9500, "money", "đồng/m2/tháng", approx="about",
        change=chg("increase", 1.6, "lần", "các đô thị loại I", approx="about"),
        subject="giá dịch vụ quản lý vận hành bình quân tại các đô thị loại đặc biệt"),
    fig("tổ chức 12 lớp", "12", 12, "count", "lớp tập huấn",
        subject="lớp tập huấn Bộ đã tổ chức", period=SINCE),
    fig("hơn 1.500 thành", "1.500", 1500, "count", "thành viên", approx="over",
        subject="thành viên ban quản trị và cán bộ quản lý được tập huấn", period=SINCE),
    fig("tại 28 địa", "28", 28, "count", "địa phương",
        subject="địa phương tổ chức tập huấn", period=SINCE),
    fig("ít nhất 85%", "85", 85, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nhà chung cư đủ điều kiện có ban quản trị", period=T25),
    fig("và 100% kinh", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ kinh phí bảo trì được bàn giao đúng quy định", period=T25),
    fig("đạt 95%", "95", 95, "percent", "%", status="target",
        subject="tỷ lệ nhà chung cư có ban quản trị", period=T30),
]

NOTES = [
    "Ministry site (Bộ Xây dựng), '22/08/2024 | 15:12 | Cục ...' under the headline: national figures, location Việt Nam.",
    "Distractors: Luật Nhà ở số 27/2023/QH15, ngày 1/8/2024, Nghị định số 95/2024/NĐ-CP, 'đô thị loại I', 'loại đặc biệt', address, phone, 15:12.",
    "List after 'trong đó' with provinces: TP HCM and Hà Nội parts take total 4.600 and their own location.",
    "'63 tỉnh, thành phố' is a count (location Việt Nam); no period of its own.",
    "'trong đó khoảng 60% liên quan ...' is a percent figure of its own (no base amount after it).",
    "'bằng 2% giá trị căn hộ' is the legal rate stated as a fact: a required percent figure.",
    "'cao gấp khoảng 1,6 lần so với các đô thị loại I' is a change of the 9.500 đồng figure (unit lần, approx about).",
    "'Từ năm 2022 đến nay' ends at the dateline 2024-08-22; 'Mục tiêu đến năm 2025/2030' give targets with start null.",
]

if __name__ == "__main__":
    write("p1414-4", TEXT, NOTES, FIGS, published="2024-08-22", location="Việt Nam")
