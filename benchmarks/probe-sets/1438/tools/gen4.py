"""p1438-4: ministry site (Bộ Tài chính, Cục Quản lý giá): appraisal firms, appraisers, exam, inspections 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hoạt động của Bộ

Năm 2024, cả nước có 512 doanh nghiệp thẩm định giá đủ điều kiện hoạt động

20/01/2025 | 09:30 | Cục Quản lý giá

Theo Cục Quản lý giá (Bộ Tài chính), tính đến ngày 31/12/2024, cả nước có 512 doanh nghiệp đủ điều kiện kinh doanh dịch vụ thẩm định giá, tăng 37 doanh nghiệp so với cuối năm 2023, với 1.968 thẩm định viên về giá đăng ký hành nghề. Trong đó, Hà Nội có 241 doanh nghiệp (chiếm 47,1%), TP Hồ Chí Minh có 148 doanh nghiệp (chiếm 28,9%).

Năm 2024, tổng doanh thu dịch vụ thẩm định giá ước đạt khoảng 1.850 tỷ đồng, tăng 6,3% so với năm 2023; số chứng thư thẩm định giá phát hành ước 287.000 chứng thư. Tỷ lệ chứng thư bị khiếu nại dưới 0,5%.

Kỳ thi cấp thẻ thẩm định viên về giá năm 2024 có 1.135 thí sinh dự thi, trong đó 286 thí sinh đạt yêu cầu tất cả các môn. Tỷ lệ đạt là 25,2%, giảm 6,2 điểm phần trăm so với kỳ thi năm 2023.

Thực hiện Luật Giá số 16/2023/QH15, công tác kiểm tra được tăng cường: Bộ Tài chính đã kiểm tra 42 doanh nghiệp, phát hiện 15 doanh nghiệp vi phạm Chuẩn mực thẩm định giá Việt Nam số 11, xử phạt vi phạm hành chính hơn 1,26 tỷ đồng; đình chỉ kinh doanh 3 doanh nghiệp và thu hồi thẻ của 7 thẩm định viên.

Cục Quản lý giá đặt mục tiêu đến năm 2030 cả nước có ít nhất 3.000 thẩm định viên về giá hành nghề.

BỘ TÀI CHÍNH
Địa chỉ: Số 28 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội | Điện thoại: 024.2220.2828
"""

HEAD = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
EXAM = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("có 512 doanh nghiệp thẩm định", "512", 512, "count", "doanh nghiệp",
        subject="doanh nghiệp thẩm định giá đủ điều kiện hoạt động", period=HEAD),
    fig("có 512 doanh nghiệp đủ", "512", 512, "count", "doanh nghiệp",
        change=chg("increase", 37, "doanh nghiệp", "cuối năm 2023"),
        subject="doanh nghiệp đủ điều kiện kinh doanh dịch vụ thẩm định giá", period=ASOF),
    fig("với 1.968 thẩm định viên", "1.968", 1968, "count", "thẩm định viên",
        subject="thẩm định viên về giá đăng ký hành nghề", period=ASOF),
    fig("Hà Nội có 241", "241", 241, "count", "doanh nghiệp", total=512, percent=47.1,
        subject="doanh nghiệp đủ điều kiện kinh doanh dịch vụ thẩm định giá", period=inh(ASOF), location="Hà Nội"),
    fig("Minh có 148", "148", 148, "count", "doanh nghiệp", total=512, percent=28.9,
        subject="doanh nghiệp đủ điều kiện kinh doanh dịch vụ thẩm định giá", period=inh(ASOF),
        location="TP Hồ Chí Minh"),
    fig("khoảng 1.850 tỷ", "1.850", 1850e9, "money", "đồng", approx="about", status="estimate",
        change=chg("increase", 6.3, "%", "năm 2023"), subject="tổng doanh thu dịch vụ thẩm định giá", period=Y24),
    fig("ước 287.000 chứng thư", "287.000", 287000, "count", "chứng thư", status="estimate",
        subject="số chứng thư thẩm định giá phát hành", period=Y24),
    fig("dưới 0,5%", "0,5", 0.5, "percent", "%", approx="under",
        subject="tỷ lệ chứng thư bị khiếu nại", period=inh(Y24)),
    fig("có 1.135 thí sinh", "1.135", 1135, "count", "thí sinh",
        subject="thí sinh dự thi kỳ thi cấp thẻ thẩm định viên về giá", period=EXAM),
    fig("trong đó 286 thí sinh", "286", 286, "count", "thí sinh", total=1135,
        subject="thí sinh đạt yêu cầu tất cả các môn", period=EXAM),
    fig("là 25,2%", "25,2", 25.2, "percent", "%",
        change=chg("decrease", 6.2, "điểm phần trăm", "kỳ thi năm 2023"),
        subject="tỷ lệ đạt", period=inh(EXAM)),
    fig("kiểm tra 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp",
        subject="doanh nghiệp Bộ Tài chính đã kiểm tra", period=inh(Y24)),
    fig("phát hiện 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp",
        subject="doanh nghiệp vi phạm Chuẩn mực thẩm định giá", period=inh(Y24)),
    fig("hơn 1,26 tỷ", "1,26", 1.26e9, "money", "đồng", approx="over",
        subject="xử phạt vi phạm hành chính", period=inh(Y24)),
    fig("kinh doanh 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp bị đình chỉ kinh doanh", period=inh(Y24)),
    fig("của 7 thẩm định viên", "7", 7, "count", "thẩm định viên",
        subject="thẩm định viên bị thu hồi thẻ", period=inh(Y24)),
    fig("ít nhất 3.000", "3.000", 3000, "count", "thẩm định viên", approx="at_least", status="target",
        subject="thẩm định viên về giá hành nghề", period=T30),
]

NOTES = [
    "Ministry site (Bộ Tài chính): breadcrumb, '20/01/2025 | 09:30 | Cục Quản lý giá', address footer. National figures: location Việt Nam.",
    "Distractors: 09:30, Luật Giá số 16/2023/QH15, 'Chuẩn mực thẩm định giá Việt Nam số 11', 'Số 28 Trần Hưng Đạo', phone 024.2220.2828.",
    "Headline 'Năm 2024, cả nước có 512 doanh nghiệp' is its own figure with the headline's period.",
    "'Trong đó, Hà Nội có 241 doanh nghiệp (chiếm 47,1%)' → total 512, percent 47,1, location Hà Nội (a list of places after a national count).",
    "'Tỷ lệ đạt là 25,2%' stands in its own sentence: a percent figure (as 'với tỷ lệ' in the shared gold), with a change in điểm phần trăm.",
    "'phát hiện 15 doanh nghiệp' after 'kiểm tra 42 doanh nghiệp' has no part cue: no total. Inspection figures inherit 2024 (not scored).",
    "'mục tiêu đến năm 2030 ... ít nhất 3.000' → target, at_least, period end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1438-4", TEXT, NOTES, FIGS, published="2025-01-20", location="Việt Nam")
